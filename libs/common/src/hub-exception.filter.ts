import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { HubErrorCode } from './hub-error-code';
import { HubError } from './hub.error';
import { toHubError } from './to-hub-error.util';

/** Turns every error into the API's one shape: { error: { code, message, details } }. */
@Catch()
export class HubExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HubExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const error = toHubError(exception);
    if (error.code === HubErrorCode.INTERNAL || error.code === HubErrorCode.SERVICE_UNAVAILABLE) {
      this.logger.error({ err: describe(exception) }, error.message);
    }
    if (error.code === HubErrorCode.SERVICE_UNAVAILABLE) response.setHeader('Retry-After', '5');
    response.status(error.status).json({
      error: { code: error.code, message: error.message, details: error.details },
    });
  }
}

function describe(exception: unknown): { name?: string; message?: string; stack?: string } {
  if (exception instanceof HubError || exception instanceof HttpException) return { name: exception.name };
  if (exception instanceof Error) return { name: exception.name, message: exception.message, stack: exception.stack };
  return { message: String(exception) };
}
