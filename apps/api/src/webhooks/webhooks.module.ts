import { Module } from '@nestjs/common';
import { OutboundModule } from '@hub/outbound';
import { WebhookEndpointsController } from './webhook-endpoints.controller';
import { WebhookMessagesController } from './webhook-messages.controller';

/** The admin API of outbound webhooks: endpoints, their deliveries, resends. */
@Module({
  imports: [OutboundModule],
  controllers: [WebhookEndpointsController, WebhookMessagesController],
})
export class WebhooksApiModule {}
