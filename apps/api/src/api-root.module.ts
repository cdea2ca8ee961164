import { DynamicModule, Module } from '@nestjs/common';
import { CONNECTORS } from '@hub/connector-registry';
import { HubConfig, HubConfigModule, HubLoggerModule } from '@hub/common';
import { ApiModule } from './api.module';

/** An API process alone (HUB_ROLE=api): the HTTP side over the shared services. */
@Module({})
export class ApiRootModule {
  static forRoot(config: HubConfig): DynamicModule {
    return { module: ApiRootModule, imports: [HubConfigModule.forRoot(config, CONNECTORS), HubLoggerModule, ApiModule] };
  }
}
