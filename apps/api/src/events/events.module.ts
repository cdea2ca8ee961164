import { Module } from '@nestjs/common';
import { CoreModule } from '@hub/core';
import { PersistenceModule } from '@hub/persistence';
import { EventsController } from './events.controller';
import { EventsQueryService } from './events-query.service';
import { IngestService } from './ingest.service';

/** Ingest (validate, store, queue) and the stored events. */
@Module({
  imports: [PersistenceModule, CoreModule],
  controllers: [EventsController],
  providers: [IngestService, EventsQueryService],
})
export class EventsModule {}
