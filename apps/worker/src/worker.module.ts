import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { WorkflowsModule } from '@hub/workflows';
import { ActionsWorker } from './actions.worker';
import { CrmMappingSyncWorker } from './crm-mapping-sync.worker';
import { DeliveriesModule } from './deliveries/deliveries.module';
import { EventProcessingService } from './event-processing.service';
import { EventsWorker } from './events.worker';
import { PendingEventsSweeper } from './pending-events.sweeper';
import { EventRetentionJobs } from './event-retention.jobs';

/** Queue processors and scheduled jobs. Needs HubCoreModule and CrmModule from the root. */
@Module({
  imports: [ScheduleModule.forRoot(), WorkflowsModule, DeliveriesModule],
  providers: [EventProcessingService, EventsWorker, PendingEventsSweeper, EventRetentionJobs, ActionsWorker, CrmMappingSyncWorker],
})
export class WorkerModule {}
