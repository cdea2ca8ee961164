import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { CrmModule } from '@hub/crm';
import { OutboundModule } from '@hub/outbound';
import { PersistenceModule } from '@hub/persistence';
import { QueueModule } from '@hub/queue';
import { WorkflowsModule } from '@hub/workflows';
import { ActionsWorker } from './actions.worker';
import { CrmMappingSyncWorker } from './crm-mapping-sync.worker';
import { DeliveriesModule } from './deliveries/deliveries.module';
import { EventProcessingService } from './event-processing.service';
import { EventRetentionJobs } from './event-retention.jobs';
import { EventsWorker } from './events.worker';
import { PendingEventsSweeper } from './pending-events.sweeper';

/** Queue processors and scheduled jobs. */
@Module({
  imports: [ScheduleModule.forRoot(), PersistenceModule, QueueModule, CrmModule, OutboundModule, WorkflowsModule, DeliveriesModule],
  providers: [EventProcessingService, EventsWorker, PendingEventsSweeper, EventRetentionJobs, ActionsWorker, CrmMappingSyncWorker],
})
export class WorkerModule {}
