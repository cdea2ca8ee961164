import { DynamicModule, Module } from '@nestjs/common';
import { HubConfig, HubRole } from '@hub/common';
import { CONNECTORS } from '@hub/connector-registry';
import { HubCoreModule } from '@hub/core';
import { CrmModule } from '@hub/crm';
import { WorkerModule } from '../../worker/src/worker.module';
import { ApiModule } from './api.module';

/** The API, the worker, or both in one process (HUB_ROLE=all, for local use). */
@Module({})
export class HubRootModule {
  static forRole(role: HubRole, overrides: Partial<HubConfig> = {}): DynamicModule {
    const roleModules = { api: [ApiModule], worker: [WorkerModule], all: [ApiModule, WorkerModule] }[role];
    return { module: HubRootModule, imports: [HubCoreModule.forRoot({ ...overrides, role }), CrmModule.forConnectors(CONNECTORS), ...roleModules] };
  }
}
