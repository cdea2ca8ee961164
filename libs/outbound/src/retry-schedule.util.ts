/** Share of a delay by which it may move either way, so retries of many messages spread out. */
export const RETRY_JITTER = 0.1;

/**
 * Milliseconds to wait before the next attempt after `attemptsMade` attempts,
 * or undefined when the schedule is used up. schedule[n] is the wait before
 * attempt n + 1, so schedule[0] applies to the first attempt only.
 */
export function nextRetryDelayMs(
  scheduleSec: readonly number[],
  attemptsMade: number,
  random: () => number = Math.random,
): number | undefined {
  if (attemptsMade < 1 || attemptsMade >= scheduleSec.length) return undefined;
  const baseMs = scheduleSec[attemptsMade] * 1000;
  const jitter = baseMs * RETRY_JITTER * (random() * 2 - 1);
  return Math.max(0, Math.round(baseMs + jitter));
}
