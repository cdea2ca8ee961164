import type { ConnectorErrorKind } from './connector.error';

/** The error kind an HTTP status means, the same for every connector. */
export function kindForHttpStatus(status: number): ConnectorErrorKind {
  if (status === 401 || status === 403) return 'auth';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  if (status === 408 || status >= 500) return 'transient';
  if (status === 400 || status === 422) return 'validation';
  return 'permanent';
}
