import { ConnectorErrorKind, isConnectorError } from '@hub/connector-sdk';

export type FailureDecision = { status: 'retrying'; reason: string; retryInMs?: number } | { status: 'failed'; reason: string };

/** An error that knows whether trying again can help (CrmError, UnhandledCaseError). */
interface ClassifiedError extends Error {
  code: string;
  retryable: boolean;
}

/**
 * What to do after a step's attempt failed. A CRM's transient trouble and
 * rate limits are retried (after its Retry-After when it gives one) until the
 * attempts run out; refused credentials, bad input, a missing case are final,
 * and so is any error that says a retry cannot help (a CRM the workspace no
 * longer has, an action its connector lacks). Anything else (our database,
 * our queue) is retried.
 */
export function decideAfterFailure(error: unknown, attempt: number, maxAttempts: number): FailureDecision {
  const lastAttempt = attempt >= maxAttempts;
  if (isConnectorError(error)) {
    const reason = `${KIND_DESCRIPTIONS[error.kind]}: ${error.message}`;
    if (!error.retryable) return { status: 'failed', reason };
    if (lastAttempt) return { status: 'failed', reason: `${reason} (gave up after ${attempt} attempts)` };
    return { status: 'retrying', reason, retryInMs: error.retryAfterMs };
  }
  if (isClassified(error) && !error.retryable) return { status: 'failed', reason: `${error.message} (${error.code})` };
  const reason = `Internal error: ${error instanceof Error ? error.message : String(error)}`;
  return lastAttempt ? { status: 'failed', reason: `${reason} (gave up after ${attempt} attempts)` } : { status: 'retrying', reason };
}

const KIND_DESCRIPTIONS: Record<ConnectorErrorKind, string> = {
  auth: 'The CRM refused the credentials',
  validation: 'The CRM refused the input',
  rate_limited: 'The CRM is rate limiting',
  transient: 'The CRM is unavailable',
  not_found: 'The case does not exist in the CRM',
  permanent: 'The CRM refused the request',
  permission_denied: 'The CRM user may not do this (the connection is fine)',
  not_supported: 'The CRM does not support this operation',
};

function isClassified(error: unknown): error is ClassifiedError {
  return (
    error instanceof Error &&
    typeof (error as Partial<ClassifiedError>).code === 'string' &&
    typeof (error as Partial<ClassifiedError>).retryable === 'boolean'
  );
}
