import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types, UpdateQuery } from 'mongoose';
import { CrmConnection } from './crm-connection.schema';
import { TenantRepository, WithId } from './tenant.repository';

@Injectable()
export class CrmConnectionRepository extends TenantRepository<CrmConnection> {
  constructor(@InjectModel(CrmConnection.name) model: Model<CrmConnection>) {
    super(model);
  }

  async get(workspaceId: string): Promise<WithId<CrmConnection> | null> {
    return this.findOne(workspaceId, {});
  }

  async upsert(workspaceId: string, update: UpdateQuery<CrmConnection>): Promise<WithId<CrmConnection>> {
    return this.model
      .findOneAndUpdate(this.scope(workspaceId), update, { new: true, upsert: true, setDefaultsOnInsert: true })
      .lean<WithId<CrmConnection>>()
      .orFail()
      .exec();
  }

  async patch(workspaceId: string, update: UpdateQuery<CrmConnection>): Promise<WithId<CrmConnection> | null> {
    return this.model.findOneAndUpdate(this.scope(workspaceId), update, { new: true }).lean<WithId<CrmConnection>>().exec();
  }

  async remove(workspaceId: string): Promise<boolean> {
    return (await this.model.deleteOne(this.scope(workspaceId)).exec()).deletedCount === 1;
  }

  /** For the scheduled mapping sync: every connected workspace. */
  async findAllConnected(): Promise<Array<{ workspaceId: Types.ObjectId }>> {
    return this.model.find({ status: 'connected' }, { workspaceId: 1 }).lean<Array<{ workspaceId: Types.ObjectId }>>().exec();
  }
}
