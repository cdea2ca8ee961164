const MAX_DELAY_MS = 10 * 60_000;

/**
 * Delay before the next attempt: the CRM's Retry-After when it sent one,
 * otherwise exponential from the base (1×, 2×, 4×…) with ±20% jitter so
 * retries from many jobs do not arrive together.
 */
export function backoffDelayMs(attemptsMade: number, baseMs: number, retryAfterMs?: number, random = Math.random): number {
  if (retryAfterMs !== undefined && retryAfterMs >= 0) return Math.min(retryAfterMs, MAX_DELAY_MS);
  const exponential = baseMs * 2 ** Math.max(0, attemptsMade - 1);
  const jitter = 1 + (random() * 0.4 - 0.2);
  return Math.min(Math.round(exponential * jitter), MAX_DELAY_MS);
}
