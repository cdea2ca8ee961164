import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PersistenceModule } from '@hub/persistence';
import { ApiKeyAuthService } from './api-key-auth.service';
import { AuthGuard } from './auth.guard';

/** Every route passes the guard (APP_GUARD applies app-wide); ApiKeyAuthService is for forgetting deleted keys. */
@Module({
  imports: [PersistenceModule],
  providers: [ApiKeyAuthService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [ApiKeyAuthService],
})
export class AuthModule {}
