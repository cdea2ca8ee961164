import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { HUB_CONFIG, HubConfig, HubError, HubErrorCode } from '@hub/common';
import { ACCESS_KEY, AccessLevel } from './access.decorator';
import { ApiKeyAuthService } from './api-key-auth.service';
import { safeEqual } from './api-key-secret.util';
import { AuthenticatedRequest } from './auth-context.type';
import { roleAllows } from './role-access.util';

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeyAuthService,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const level = this.reflector.getAllAndOverride<AccessLevel | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (level === undefined) throw new HubError(HubErrorCode.FORBIDDEN, 'This route declares no access rule');
    if (level === 'public') return true;

    const request = context.switchToHttp().getRequest<Request & AuthenticatedRequest>();
    const token = bearerToken(request);
    if (!token) throw new HubError(HubErrorCode.UNAUTHENTICATED, 'Send an API key as "Authorization: Bearer <key>"');

    if (level === 'platform') {
      if (!this.config.adminToken || !safeEqual(token, this.config.adminToken)) {
        throw new HubError(HubErrorCode.UNAUTHENTICATED, 'This route needs the platform admin token');
      }
      request.platformAdmin = true;
      return true;
    }

    const auth = await this.apiKeys.authenticate(token);
    if (!auth) throw new HubError(HubErrorCode.UNAUTHENTICATED, 'The API key is not valid');
    if (!roleAllows(auth.role, level)) {
      throw new HubError(HubErrorCode.FORBIDDEN, `A key with role "${auth.role}" cannot do this`);
    }
    request.auth = auth;
    return true;
  }
}

function bearerToken(request: Request): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const [scheme, token] = header.split(' ');
  return scheme?.toLowerCase() === 'bearer' && token ? token.trim() : undefined;
}
