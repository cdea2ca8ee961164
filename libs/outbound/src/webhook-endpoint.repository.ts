import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { ConfigRepository, WithId, WorkspaceConfigCache } from '@hub/persistence';
import { WebhookEndpoint } from './webhook-endpoint.schema';

@Injectable()
export class WebhookEndpointRepository extends ConfigRepository<WebhookEndpoint> {
  constructor(@InjectModel(WebhookEndpoint.name) model: Model<WebhookEndpoint>, cache: WorkspaceConfigCache) {
    super(model, cache, 'webhook-endpoint');
  }

  /** The workspace's enabled endpoints, cached for the worker's hot path; read-only. */
  cachedEnabled(workspaceId: string): Promise<WithId<WebhookEndpoint>[]> {
    return this.cached(workspaceId, 'enabled', () => this.find(workspaceId, { enabled: true }));
  }

  /** Starts the failing streak unless one is already running; answers the streak's start. */
  async markFailing(workspaceId: string, id: string, at: Date): Promise<Date> {
    const result = await this.model
      .updateOne(this.scope(workspaceId, { _id: new Types.ObjectId(id), failingSince: null }), { $set: { failingSince: at } })
      .exec();
    if (result.modifiedCount > 0) await this.changed(workspaceId);
    const endpoint = await this.findById(workspaceId, id);
    return endpoint?.failingSince ?? at;
  }

  async markHealthy(workspaceId: string, id: string): Promise<void> {
    const result = await this.model
      .updateOne(this.scope(workspaceId, { _id: new Types.ObjectId(id), failingSince: { $ne: null } }), { $set: { failingSince: null } })
      .exec();
    if (result.modifiedCount > 0) await this.changed(workspaceId);
  }

  /** Disables an enabled endpoint; false when it already was (so the caller reports it once). */
  async disable(workspaceId: string, id: string, reason: string): Promise<boolean> {
    const result = await this.model
      .updateOne(this.scope(workspaceId, { _id: new Types.ObjectId(id), enabled: true }), {
        $set: { enabled: false, disabledReason: reason },
      })
      .exec();
    if (result.modifiedCount === 1) await this.changed(workspaceId);
    return result.modifiedCount === 1;
  }

  /** Across all workspaces (a system job): enabled endpoints failing since before the cutoff. */
  async findFailingBefore(cutoff: Date, limit: number): Promise<WithId<WebhookEndpoint>[]> {
    return this.model
      .find({ enabled: true, failingSince: { $ne: null, $lt: cutoff } })
      .limit(limit)
      .lean<WithId<WebhookEndpoint>[]>()
      .exec();
  }
}
