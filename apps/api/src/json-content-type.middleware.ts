import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { HubError, HubErrorCode } from '@hub/common';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/** A request with a body must send JSON; anything else is 415, not a silently empty body. */
@Injectable()
export class JsonContentTypeMiddleware implements NestMiddleware {
  use(request: Request, _response: Response, next: NextFunction): void {
    const hasBody = Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
    if (BODY_METHODS.has(request.method) && hasBody && !request.is('application/json')) {
      throw new HubError(HubErrorCode.UNSUPPORTED_MEDIA_TYPE, 'Send the body as application/json');
    }
    next();
  }
}
