import { Module } from '@nestjs/common';
import { WebhooksModule } from '@hub/connectors/webhooks';
import { ZapierModule } from '@hub/connectors/zapier';
import { OUTBOUND_DISPATCHER } from '@hub/queue';
import { DeliveriesWorker } from './deliveries.worker';
import { WebhookOutboundDispatcher } from './outbound.dispatcher';
import { WebhookMaintenanceJobs } from './webhook-maintenance.jobs';

/** Outbound deliveries in the worker: the OUTBOUND_DISPATCHER, the deliveries queue worker, housekeeping. */
@Module({
  imports: [WebhooksModule, ZapierModule],
  providers: [
    WebhookOutboundDispatcher,
    { provide: OUTBOUND_DISPATCHER, useExisting: WebhookOutboundDispatcher },
    DeliveriesWorker,
    WebhookMaintenanceJobs,
  ],
  exports: [OUTBOUND_DISPATCHER],
})
export class DeliveriesModule {}
