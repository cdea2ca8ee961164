import { Module } from '@nestjs/common';
import { PersistenceModule } from '@hub/persistence';
import { AuthModule } from '../auth/auth.module';
import { ApiKeysController } from './api-keys.controller';
import { ApiKeysService } from './api-keys.service';

/** API keys of a workspace (the workspaces folder creates the first one). */
@Module({
  imports: [PersistenceModule, AuthModule],
  controllers: [ApiKeysController],
  providers: [ApiKeysService],
  exports: [ApiKeysService],
})
export class ApiKeysModule {}
