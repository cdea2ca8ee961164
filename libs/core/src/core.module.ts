import { Module } from '@nestjs/common';
import { PersistenceModule } from '@hub/persistence';
import { QueueModule } from '@hub/queue';
import { NewEventEnqueuer } from './new-event.enqueuer';

/** Queues events just stored (ingest, hub events), leaving them to the sweeper when the queue is down. */
@Module({
  imports: [PersistenceModule, QueueModule],
  providers: [NewEventEnqueuer],
  exports: [NewEventEnqueuer],
})
export class CoreModule {}
