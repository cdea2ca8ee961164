import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiKeyAuthService } from './api-key-auth.service';
import { AuthGuard } from './auth.guard';

@Global()
@Module({
  providers: [ApiKeyAuthService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [ApiKeyAuthService],
})
export class AuthModule {}
