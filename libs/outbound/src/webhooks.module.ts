import { BullModule } from '@nestjs/bullmq';
import { Module, OnModuleInit } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { DELIVERIES_QUEUE } from './delivery-job.type';
import { DeliveryQueueProducer } from './delivery-queue.producer';
import { DeliveryRateLimiter } from './delivery-rate-limiter.service';
import { DeliveryService } from './delivery.service';
import { DestinationRegistry } from './destination.registry';
import { EndpointDestinationSource } from './endpoint-destination.source';
import { EndpointDisabler } from './endpoint-disabler.service';
import { EndpointSecrets } from './endpoint-secrets.service';
import { MessageFanout } from './message-fanout.service';
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

const providers = [
  WebhookEndpointRepository,
  WebhookMessageRepository,
  WebhookAttemptRepository,
  EndpointSecrets,
  DestinationRegistry,
  WebhookHttpClient,
  DeliveryQueueProducer,
  DeliveryService,
  DeliveryRateLimiter,
  MessageFanout,
  EndpointDisabler,
  EndpointDestinationSource,
  WebhookEndpointsService,
  WebhookDeliveriesService,
  WebhookMaintenance,
];

/** The outbound delivery engine and webhook endpoints. Needs HubCoreModule (config, persistence, queue root). */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: WebhookEndpoint.name, schema: WebhookEndpointSchema },
      { name: WebhookMessage.name, schema: WebhookMessageSchema },
      { name: WebhookAttempt.name, schema: WebhookAttemptSchema },
    ]),
    BullModule.registerQueue({ name: DELIVERIES_QUEUE }),
  ],
  providers,
  exports: providers,
})
export class WebhooksModule implements OnModuleInit {
  constructor(
    private readonly registry: DestinationRegistry,
    private readonly endpointSource: EndpointDestinationSource,
  ) {}

  onModuleInit(): void {
    this.registry.register(this.endpointSource);
  }
}
