import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { TenantRepository } from '@hub/persistence';
import { ZapierSubscription } from './zapier-subscription.schema';

@Injectable()
export class ZapierSubscriptionRepository extends TenantRepository<ZapierSubscription> {
  constructor(@InjectModel(ZapierSubscription.name) model: Model<ZapierSubscription>) {
    super(model);
  }
}
