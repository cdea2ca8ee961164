import { DynamicModule, Global, Module } from '@nestjs/common';
import { AnyConnectorDefinition, ConnectorRegistry } from '@hub/connector-sdk';
import { CONNECTOR_REGISTRY } from './connector-registry.token';
import { HUB_CONFIG, HubConfig } from './hub-config';

/**
 * What a process is started with, fixed at boot by its root module: the
 * validated settings and the connectors it offers. The one global module,
 * because every layer reads it and none may build it.
 */
@Global()
@Module({})
export class HubConfigModule {
  static forRoot(config: HubConfig, connectors: readonly AnyConnectorDefinition[]): DynamicModule {
    return {
      module: HubConfigModule,
      providers: [
        { provide: HUB_CONFIG, useValue: config },
        { provide: CONNECTOR_REGISTRY, useValue: new ConnectorRegistry(connectors) },
      ],
      exports: [HUB_CONFIG, CONNECTOR_REGISTRY],
    };
  }
}
