import { HTTP_STATUS_BY_CODE, HubErrorCode } from './hub-error-code';

export interface ErrorDetail {
  /** Dotted path of the field at fault, when there is one. */
  field?: string;
  code?: string;
  message: string;
  /** Index of the item in a batch, when the error belongs to one. */
  index?: number;
}

/** The one error type services throw; the exception filter renders it. */
export class HubError extends Error {
  readonly status: number;

  constructor(
    readonly code: HubErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'HubError';
    this.status = HTTP_STATUS_BY_CODE[code];
  }

  static notFound(what: string): HubError {
    return new HubError(HubErrorCode.NOT_FOUND, `${what} not found`);
  }

  static validation(message: string, details: ErrorDetail[]): HubError {
    return new HubError(HubErrorCode.VALIDATION_FAILED, message, details);
  }

  static forbidden(message: string): HubError {
    return new HubError(HubErrorCode.FORBIDDEN, message);
  }

  static conflict(message: string, details: ErrorDetail[] = []): HubError {
    return new HubError(HubErrorCode.CONFLICT, message, details);
  }
}
