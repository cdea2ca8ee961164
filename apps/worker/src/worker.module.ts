import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { EventProcessingService } from './event-processing.service';
import { EventsWorker } from './events.worker';
import { PendingEventsSweeper } from './pending-events.sweeper';

/** Queue processors and scheduled jobs. Needs HubCoreModule from the root. */
@Module({
  imports: [ScheduleModule.forRoot()],
  providers: [EventProcessingService, EventsWorker, PendingEventsSweeper],
})
export class WorkerModule {}
