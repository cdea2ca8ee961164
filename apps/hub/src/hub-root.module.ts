import { DynamicModule, Module } from '@nestjs/common';
import { ApiModule, ApiRootModule } from '@hub/api';
import { CONNECTORS } from '@hub/connector-registry';
import { HubConfig, HubConfigModule, HubLoggerModule } from '@hub/common';
import { WorkerModule, WorkerRootModule } from '@hub/worker';

/**
 * The composition root: the API, the worker, or both in one process
 * (HUB_ROLE=all, for local use and the tests). The one place that imports
 * the apps; each app alone starts from its own root module.
 */
@Module({})
export class HubRootModule {
  static forConfig(config: HubConfig): DynamicModule {
    switch (config.role) {
      case 'api':
        return ApiRootModule.forRoot(config);
      case 'worker':
        return WorkerRootModule.forRoot(config);
      case 'all':
        return { module: HubRootModule, imports: [HubConfigModule.forRoot(config, CONNECTORS), HubLoggerModule, ApiModule, WorkerModule] };
    }
  }
}
