import { isConnectorError } from '@hub/connector-sdk';

export type FailureDecision = { status: 'retrying'; reason: string; retryInMs?: number } | { status: 'failed'; reason: string };

/**
 * What to do after a step's attempt failed. A CRM's transient trouble and
 * rate limits are retried (after its Retry-After when it gives one) until the
 * attempts run out; refused credentials, bad input, a missing case are final.
 * Errors that are not the CRM's (our database, our queue) are retried too.
 */
export function decideAfterFailure(error: unknown, attempt: number, maxAttempts: number): FailureDecision {
  const lastAttempt = attempt >= maxAttempts;
  if (isConnectorError(error)) {
    const reason = `${describeKind(error.kind)}: ${error.message}`;
    if (!error.retryable) return { status: 'failed', reason };
    if (lastAttempt) return { status: 'failed', reason: `${reason} (gave up after ${attempt} attempts)` };
    return { status: 'retrying', reason, retryInMs: error.retryAfterMs };
  }
  const reason = `Internal error: ${(error as Error)?.message ?? String(error)}`;
  return lastAttempt ? { status: 'failed', reason: `${reason} (gave up after ${attempt} attempts)` } : { status: 'retrying', reason };
}

function describeKind(kind: string): string {
  return (
    {
      auth: 'The CRM refused the credentials',
      validation: 'The CRM refused the input',
      rate_limited: 'The CRM is rate limiting',
      transient: 'The CRM is unavailable',
      not_found: 'The case does not exist in the CRM',
      permanent: 'The CRM refused the request',
      permission_denied: 'The CRM user may not do this (the connection is fine)',
      not_supported: 'The CRM does not support this operation',
    }[kind] ?? 'The CRM failed'
  );
}
