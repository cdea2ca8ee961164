import { Module } from '@nestjs/common';
import { PersistenceModule } from '@hub/persistence';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { WorkspacesController } from './workspaces.controller';

/** Workspaces (the platform admin creates them). */
@Module({
  imports: [PersistenceModule, ApiKeysModule],
  controllers: [WorkspacesController],
})
export class WorkspacesModule {}
