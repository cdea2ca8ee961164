import { DynamicModule, Module } from '@nestjs/common';
import { CONNECTORS } from '@hub/connector-registry';
import { HubConfig, HubConfigModule, HubLoggerModule } from '@hub/common';
import { WorkerModule } from './worker.module';

/** A worker process alone (HUB_ROLE=worker): queue processors and scheduled jobs, no HTTP. */
@Module({})
export class WorkerRootModule {
  static forRoot(config: HubConfig): DynamicModule {
    return { module: WorkerRootModule, imports: [HubConfigModule.forRoot(config, CONNECTORS), HubLoggerModule, WorkerModule] };
  }
}
