import { Module } from '@nestjs/common';
import { OutboundModule } from '@hub/outbound';
import { DeliveriesWorker } from './deliveries.worker';
import { WebhookMaintenanceJobs } from './webhook-maintenance.jobs';

/** Outbound deliveries in the worker: the deliveries queue worker and the webhook housekeeping. */
@Module({
  imports: [OutboundModule],
  providers: [DeliveriesWorker, WebhookMaintenanceJobs],
})
export class DeliveriesModule {}
