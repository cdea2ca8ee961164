/** The sweeper's share of one core, at most, when a sweep is slow. */
const MAX_SHARE = 0.05;
const MAX_PAUSE_MS = 60_000;

/**
 * How long to wait after a sweep that took `durationMs` before the next one.
 * A sweep is a query that a database without a usable index (FerretDB scans
 * the collection for anything but _id) pays in proportion to every event it
 * holds; pacing keeps it under MAX_SHARE of the time, so the recovery delay
 * grows with the table instead of the sweeper eating the machine. With an
 * index (MongoDB) sweeps take milliseconds and no pause is added.
 *
 * A slow sweep may also be a busy database rather than a big table, so the
 * pause never exceeds `limitMs`: the grace period the sweeper enforces, which
 * a pause may at most double.
 */
export function sweepPauseMs(durationMs: number, limitMs = MAX_PAUSE_MS): number {
  return Math.min(MAX_PAUSE_MS, limitMs, Math.round(durationMs * (1 / MAX_SHARE - 1)));
}
