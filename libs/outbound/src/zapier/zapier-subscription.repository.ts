import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { ConfigRepository, WithId, WorkspaceConfigCache } from '@hub/persistence';
import { ZapierSubscription } from './zapier-subscription.schema';

@Injectable()
export class ZapierSubscriptionRepository extends ConfigRepository<ZapierSubscription> {
  constructor(@InjectModel(ZapierSubscription.name) model: Model<ZapierSubscription>, cache: WorkspaceConfigCache) {
    super(model, cache, 'zapier-subscription');
  }

  /** The hooks subscribed to an event type, cached for the worker's hot path; read-only. */
  cachedForEvent(workspaceId: string, eventType: string): Promise<WithId<ZapierSubscription>[]> {
    return this.cached(workspaceId, `event:${eventType}`, () => this.find(workspaceId, { event: eventType }));
  }
}
