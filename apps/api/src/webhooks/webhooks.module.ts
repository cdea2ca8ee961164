import { Module } from '@nestjs/common';
import { WebhooksModule } from '@hub/connectors/webhooks';
import { ZapierModule } from '@hub/connectors/zapier';
import { ZapierController } from '../zapier/zapier.controller';
import { WebhookEndpointsController } from './webhook-endpoints.controller';
import { WebhookMessagesController } from './webhook-messages.controller';

/** The admin API of outbound webhooks and the Zapier app's REST hooks. */
@Module({
  imports: [WebhooksModule, ZapierModule],
  controllers: [WebhookEndpointsController, WebhookMessagesController, ZapierController],
})
export class OutboundApiModule {}
