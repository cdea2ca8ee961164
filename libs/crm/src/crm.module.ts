import { DynamicModule, Global, Module } from '@nestjs/common';
import { AnyConnectorDefinition, ConnectorRegistry } from '@hub/connector-sdk';
import { CONNECTOR_REGISTRY } from './connector-registry.token';
import { CrmConnectorService } from './crm-connector.service';

/** Wired by the apps with the connectors they offer (connectors/registry.ts). */
@Global()
@Module({})
export class CrmModule {
  static forConnectors(connectors: readonly AnyConnectorDefinition[]): DynamicModule {
    return {
      module: CrmModule,
      providers: [{ provide: CONNECTOR_REGISTRY, useValue: new ConnectorRegistry(connectors) }, CrmConnectorService],
      exports: [CONNECTOR_REGISTRY, CrmConnectorService],
    };
  }
}
