import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { ApiKey } from './api-key.schema';
import { TenantRepository, WithId } from './tenant.repository';

@Injectable()
export class ApiKeyRepository extends TenantRepository<ApiKey> {
  constructor(@InjectModel(ApiKey.name) model: Model<ApiKey>) {
    super(model);
  }

  /** Authentication is the one lookup that starts without a workspace: the key names it. */
  async findByHash(hash: string): Promise<WithId<ApiKey> | null> {
    return this.model.findOne({ hash }).lean<WithId<ApiKey>>().exec();
  }

  async touch(id: WithId<ApiKey>['_id'], at: Date): Promise<void> {
    await this.model.updateOne({ _id: id }, { $set: { lastUsedAt: at } }).exec();
  }
}
