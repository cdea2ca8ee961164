import { DynamicModule, Global, Module } from '@nestjs/common';
import { HubConfig, HubConfigModule, HubLoggerModule } from '@hub/common';
import { PersistenceModule } from '@hub/persistence';
import { QueueModule } from '@hub/queue';
import { HubEventPublisher } from './hub-event.publisher';
import { NewEventEnqueuer } from './new-event.enqueuer';

/** What every hub process needs: config, logs, MongoDB, the queues. */
@Global()
@Module({})
export class HubCoreModule {
  static forRoot(overrides: Partial<HubConfig> = {}): DynamicModule {
    return {
      module: HubCoreModule,
      imports: [HubConfigModule.forRoot(overrides), HubLoggerModule, PersistenceModule, QueueModule],
      providers: [HubEventPublisher, NewEventEnqueuer],
      exports: [HubEventPublisher, NewEventEnqueuer],
    };
  }
}
