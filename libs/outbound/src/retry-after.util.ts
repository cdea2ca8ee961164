import { parseRetryAfter } from '@hub/connector-sdk';

/** Longest wait a receiver's Retry-After may impose on one message: past it, the normal schedule applies. */
export const MAX_RETRY_AFTER_MS = 24 * 3600 * 1000;

/** Statuses whose Retry-After header the sender honours (slow down, not failure). */
const THROTTLING_STATUSES = new Set([429, 503]);

/** The receiver's requested wait for a throttling response, capped; undefined if none applies. */
export function retryAfterDelayMs(statusCode: number | undefined, header: unknown, now: number = Date.now()): number | undefined {
  if (statusCode === undefined || !THROTTLING_STATUSES.has(statusCode)) return undefined;
  const wait = parseRetryAfter(header, now);
  return wait === undefined ? undefined : Math.min(wait, MAX_RETRY_AFTER_MS);
}
