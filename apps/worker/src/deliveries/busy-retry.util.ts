const FIRST_WAIT_MS = 25;
const MAX_WAIT_MS = 1000;

/**
 * How long a delivery job waits before asking again for a slot of its
 * destination, all of whose slots were busy. Short at first, so a fast
 * endpoint with a queue of messages stays busy; doubling with each try
 * (`starts`: how many times the job was taken) up to a second, so the jobs of
 * a slow or dead endpoint do not spin. Up to half again as jitter, to spread them out.
 */
export function busyRetryMs(starts: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** Math.max(0, starts - 1));
  return Math.round(base * (1 + random() / 2));
}
