import { BullModule } from '@nestjs/bullmq';
import { Module, OnModuleInit } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { SecretBoxModule } from '@hub/common';
import { CoreModule } from '@hub/core';
import { PersistenceModule } from '@hub/persistence';
import { QueueModule } from '@hub/queue';
import { RedisModule } from '@hub/redis';
import { DELIVERIES_QUEUE } from './delivery-job.type';
import { DeliveryQueueProducer } from './delivery-queue.producer';
import { DeliveryRateLimiter } from './delivery-rate-limiter.service';
import { DeliveryService } from './delivery.service';
import { DestinationRegistry } from './destination.registry';
import { EndpointDestinationSource } from './endpoint-destination.source';
import { EndpointDisabler } from './endpoint-disabler.service';
import { EndpointSecrets } from './endpoint-secrets.service';
import { HubEventPublisher } from './hub-event.publisher';
import { MessageFanout } from './message-fanout.service';
import { OutboundDispatcher } from './outbound.dispatcher';
import { WebhookAttempt, WebhookAttemptSchema } from './webhook-attempt.schema';
import { WebhookAttemptRepository } from './webhook-attempt.repository';
import { WebhookDeliveriesService } from './webhook-deliveries.service';
import { WebhookEndpoint, WebhookEndpointSchema } from './webhook-endpoint.schema';
import { WebhookEndpointRepository } from './webhook-endpoint.repository';
import { WebhookEndpointsService } from './webhook-endpoints.service';
import { WebhookHttpClient } from './webhook-http.client';
import { WebhookMaintenance } from './webhook-maintenance.service';
import { WebhookMessage, WebhookMessageSchema } from './webhook-message.schema';
import { WebhookMessageRepository } from './webhook-message.repository';
import { ZapierDestinationSource } from './zapier/zapier-destination.source';
import { ZapierSubscription, ZapierSubscriptionSchema } from './zapier/zapier-subscription.schema';
import { ZapierSubscriptionRepository } from './zapier/zapier-subscription.repository';
import { ZapierService } from './zapier/zapier.service';

const providers = [
  WebhookEndpointRepository,
  WebhookMessageRepository,
  WebhookAttemptRepository,
  ZapierSubscriptionRepository,
  EndpointSecrets,
  DestinationRegistry,
  WebhookHttpClient,
  DeliveryQueueProducer,
  DeliveryService,
  DeliveryRateLimiter,
  MessageFanout,
  EndpointDisabler,
  EndpointDestinationSource,
  ZapierDestinationSource,
  WebhookEndpointsService,
  WebhookDeliveriesService,
  WebhookMaintenance,
  ZapierService,
  OutboundDispatcher,
  HubEventPublisher,
];

/**
 * The hub's outbound side: webhook endpoints and Zapier subscriptions (the
 * two destination kinds, each registered with the delivery engine), their
 * messages and deliveries, and the hub events sent through them.
 */
@Module({
  imports: [
    PersistenceModule,
    QueueModule,
    CoreModule,
    RedisModule,
    SecretBoxModule,
    MongooseModule.forFeature([
      { name: WebhookEndpoint.name, schema: WebhookEndpointSchema },
      { name: WebhookMessage.name, schema: WebhookMessageSchema },
      { name: WebhookAttempt.name, schema: WebhookAttemptSchema },
      { name: ZapierSubscription.name, schema: ZapierSubscriptionSchema },
    ]),
    BullModule.registerQueue({ name: DELIVERIES_QUEUE }),
  ],
  providers,
  exports: providers,
})
export class OutboundModule implements OnModuleInit {
  constructor(
    private readonly registry: DestinationRegistry,
    private readonly endpoints: EndpointDestinationSource,
    private readonly zapier: ZapierDestinationSource,
  ) {}

  onModuleInit(): void {
    this.registry.register(this.endpoints);
    this.registry.register(this.zapier);
  }
}
