import { Module, OnModuleInit } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { DestinationRegistry, WebhooksModule } from '@hub/connectors/webhooks';
import { ZapierDestinationSource } from './zapier-destination.source';
import { ZapierSubscription, ZapierSubscriptionSchema } from './zapier-subscription.schema';
import { ZapierSubscriptionRepository } from './zapier-subscription.repository';
import { ZapierService } from './zapier.service';

const providers = [ZapierSubscriptionRepository, ZapierDestinationSource, ZapierService];

/** Zapier REST hooks, delivered by the webhooks engine. */
@Module({
  imports: [WebhooksModule, MongooseModule.forFeature([{ name: ZapierSubscription.name, schema: ZapierSubscriptionSchema }])],
  providers,
  exports: providers,
})
export class ZapierModule implements OnModuleInit {
  constructor(
    private readonly registry: DestinationRegistry,
    private readonly source: ZapierDestinationSource,
  ) {}

  onModuleInit(): void {
    this.registry.register(this.source);
  }
}
