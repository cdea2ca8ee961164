import { retryAfterDelayMs } from './retry-after.util';
import { nextRetryDelayMs } from './retry-schedule.util';
import type { AttemptTrigger } from './webhook-attempt.schema';

export type AttemptOutcome =
  | { result: 'succeeded' }
  /** 410: the receiver wants no more; the destination is dropped. */
  | { result: 'gone' }
  | { result: 'retry'; delayMs: number }
  | { result: 'failed' };

export interface AttemptFacts {
  /** Undefined when no response came. */
  statusCode?: number;
  retryAfter?: unknown;
  /** Attempts made, this one included. */
  attemptsMade: number;
  trigger: AttemptTrigger;
  scheduleSec: readonly number[];
  now?: number;
  random?: () => number;
}

/**
 * What follows one attempt. Only 2xx succeeds (a redirect is a failure).
 * Scheduled attempts retry on the schedule, or after Retry-After on 429/503;
 * a manual attempt (resend, test) never starts retries of its own.
 */
export function decideOutcome(facts: AttemptFacts): AttemptOutcome {
  const { statusCode } = facts;
  if (statusCode !== undefined && statusCode >= 200 && statusCode < 300) return { result: 'succeeded' };
  if (statusCode === 410) return { result: 'gone' };
  if (facts.trigger === 'manual') return { result: 'failed' };
  const scheduled = nextRetryDelayMs(facts.scheduleSec, facts.attemptsMade, facts.random);
  if (scheduled === undefined) return { result: 'failed' };
  return { result: 'retry', delayMs: retryAfterDelayMs(statusCode, facts.retryAfter, facts.now) ?? scheduled };
}
