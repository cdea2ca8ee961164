import { DynamicModule, Module } from '@nestjs/common';
import { HubConfig, HubConfigModule, HubLoggerModule } from '@hub/common';
import { PersistenceModule } from '@hub/persistence';
import { QueueModule } from '@hub/queue';

/** What every hub process needs: config, logs, MongoDB, the queues. */
@Module({})
export class HubCoreModule {
  static forRoot(overrides: Partial<HubConfig> = {}): DynamicModule {
    return {
      module: HubCoreModule,
      imports: [HubConfigModule.forRoot(overrides), HubLoggerModule, PersistenceModule, QueueModule],
    };
  }
}
