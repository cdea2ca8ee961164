import { HttpException } from '@nestjs/common';
import { HubErrorCode } from './hub-error-code';
import { HubError } from './hub.error';

const CODE_BY_STATUS: Record<number, HubErrorCode> = {
  400: HubErrorCode.VALIDATION_FAILED,
  401: HubErrorCode.UNAUTHENTICATED,
  403: HubErrorCode.FORBIDDEN,
  404: HubErrorCode.NOT_FOUND,
  409: HubErrorCode.CONFLICT,
  413: HubErrorCode.PAYLOAD_TOO_LARGE,
  415: HubErrorCode.UNSUPPORTED_MEDIA_TYPE,
  429: HubErrorCode.RATE_LIMITED,
  503: HubErrorCode.SERVICE_UNAVAILABLE,
};

/** Errors that mean the database or the queue cannot be reached right now. */
const UNAVAILABLE_ERROR_NAMES = new Set([
  'MongoServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongooseServerSelectionError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
]);

/** Maps anything thrown (ours, Nest's, body-parser's, the drivers') to a HubError. */
export function toHubError(exception: unknown): HubError {
  if (exception instanceof HubError) return exception;

  const bodyParserType = (exception as { type?: unknown })?.type;
  if (bodyParserType === 'entity.parse.failed') {
    return new HubError(HubErrorCode.MALFORMED_JSON, 'The request body is not valid JSON');
  }
  if (bodyParserType === 'entity.too.large') {
    return new HubError(HubErrorCode.PAYLOAD_TOO_LARGE, 'The request body is larger than the limit');
  }
  if (bodyParserType === 'encoding.unsupported' || bodyParserType === 'charset.unsupported') {
    return new HubError(HubErrorCode.UNSUPPORTED_MEDIA_TYPE, 'The request body encoding is not supported');
  }

  // Nest turns body-parser's SyntaxError into a bare BadRequestException, dropping its type.
  if (exception instanceof HttpException && exception.getStatus() === 400 && exception.constructor.name === 'BadRequestException') {
    return new HubError(HubErrorCode.MALFORMED_JSON, `The request body is not valid JSON: ${exception.message}`);
  }

  if (exception instanceof HttpException) {
    const code = CODE_BY_STATUS[exception.getStatus()] ?? HubErrorCode.INTERNAL;
    return new HubError(code, exception.getStatus() === 404 ? 'Route not found' : exception.message);
  }

  if (
    exception instanceof Error &&
    (UNAVAILABLE_ERROR_NAMES.has(exception.name) || isDriverConnectionError(exception) || isBulkWriteCutOff(exception))
  ) {
    return new HubError(HubErrorCode.SERVICE_UNAVAILABLE, 'The database is unavailable; try again shortly');
  }
  return new HubError(HubErrorCode.INTERNAL, 'Internal error');
}

/** The driver labels errors it would retry: the server went away, the pool was reset. */
function isDriverConnectionError(error: Error): boolean {
  const labelled = error as Error & { hasErrorLabel?: (label: string) => boolean };
  return (
    !!labelled.hasErrorLabel &&
    (labelled.hasErrorLabel('RetryableWriteError') ||
      labelled.hasErrorLabel('ResetPool') ||
      labelled.hasErrorLabel('SystemOverloadedError'))
  );
}

/**
 * A bulk write the server never answered: the driver reports a connection lost
 * mid-insertMany as a bulk write error with no write errors and no server code.
 */
function isBulkWriteCutOff(error: Error): boolean {
  const bulk = error as Error & { code?: unknown; writeErrors?: unknown[] };
  return error.name === 'MongoBulkWriteError' && bulk.code === undefined && (bulk.writeErrors?.length ?? 0) === 0;
}
