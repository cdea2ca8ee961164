import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model, Types, UpdateQuery } from 'mongoose';
import { CrmConnection } from './crm-connection.schema';
import { ConfigRepository } from './config.repository';
import { WithId } from './tenant.repository';
import { WorkspaceConfigCache } from './workspace-config.cache';

@Injectable()
export class CrmConnectionRepository extends ConfigRepository<CrmConnection> {
  constructor(@InjectModel(CrmConnection.name) model: Model<CrmConnection>, cache: WorkspaceConfigCache) {
    super(model, cache, 'crm-connection');
  }

  async get(workspaceId: string): Promise<WithId<CrmConnection> | null> {
    return this.findOne(workspaceId, {});
  }

  /** For the worker's hot path; read-only. */
  cachedGet(workspaceId: string): Promise<WithId<CrmConnection> | null> {
    return this.cached(workspaceId, 'current', () => this.get(workspaceId));
  }

  async upsert(workspaceId: string, update: UpdateQuery<CrmConnection>): Promise<WithId<CrmConnection>> {
    const connection = await this.model
      .findOneAndUpdate(this.scope(workspaceId), update, { new: true, upsert: true, setDefaultsOnInsert: true })
      .lean<WithId<CrmConnection>>()
      .orFail()
      .exec();
    await this.changed(workspaceId);
    return connection;
  }

  async patch(workspaceId: string, update: UpdateQuery<CrmConnection>): Promise<WithId<CrmConnection> | null> {
    const connection = await this.model.findOneAndUpdate(this.scope(workspaceId), update, { new: true }).lean<WithId<CrmConnection>>().exec();
    if (connection) await this.changed(workspaceId);
    return connection;
  }

  /** The patch, only if the connection still matches `condition` (null otherwise, or when there is none). */
  async patchIf(workspaceId: string, condition: FilterQuery<CrmConnection>, update: UpdateQuery<CrmConnection>): Promise<WithId<CrmConnection> | null> {
    const connection = await this.model.findOneAndUpdate(this.scope(workspaceId, condition), update, { new: true }).lean<WithId<CrmConnection>>().exec();
    if (connection) await this.changed(workspaceId);
    return connection;
  }

  async remove(workspaceId: string): Promise<boolean> {
    const removed = (await this.model.deleteOne(this.scope(workspaceId)).exec()).deletedCount === 1;
    if (removed) await this.changed(workspaceId);
    return removed;
  }

  /** For the scheduled mapping sync: every connected workspace. */
  async findAllConnected(): Promise<Array<{ workspaceId: Types.ObjectId }>> {
    return this.model.find({ status: 'connected' }, { workspaceId: 1 }).lean<Array<{ workspaceId: Types.ObjectId }>>().exec();
  }
}
