import autocannon from 'autocannon';

export interface LoadTarget {
  url: string;
  headers: Record<string, string>;
  /** A fresh request body; `keys` are the event ids it carries. */
  body: () => { body: string; keys: string[] };
  eventsPerRequest: number;
}

export interface LoadResult {
  requestsPerSec: number;
  eventsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  failed: number;
  /** When each event was sent, by event id (only for the 2xx responses' events, roughly: every sent one). */
  sentAt: Map<string, number>;
}

async function run(
  target: LoadTarget,
  options: { durationSec?: number; amount?: number; connections: number; overallRate?: number },
): Promise<LoadResult> {
  const sentAt = new Map<string, number>();
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    connections: options.connections,
    ...(options.durationSec !== undefined && { duration: options.durationSec }),
    ...(options.amount !== undefined && { amount: options.amount }),
    ...(options.overallRate !== undefined && { overallRate: options.overallRate }),
    timeout: 30,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const { body, keys } = target.body();
          const now = Date.now();
          for (const key of keys) sentAt.set(key, now);
          return { ...request, body };
        },
      },
    ],
  });
  const seconds = Math.max(result.duration, 0.001);
  const ok = result['2xx'];
  return {
    requestsPerSec: ok / seconds,
    eventsPerSec: (ok * target.eventsPerRequest) / seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
    sentAt,
  };
}

/** As many requests as `connections` clients can push for durationSec. */
export function saturate(target: LoadTarget, durationSec: number, connections = 50): Promise<LoadResult> {
  return run(target, { durationSec, connections });
}

/** A fixed offered rate (requests/s) for durationSec: acknowledgement latency at that load. */
export function offer(target: LoadTarget, ratePerSec: number, durationSec: number): Promise<LoadResult> {
  const connections = Math.min(200, Math.max(4, Math.ceil(ratePerSec / 10)));
  return run(target, { durationSec, connections, overallRate: ratePerSec });
}

/** Exactly `amount` requests as fast as `connections` clients go. */
export function burst(target: LoadTarget, amount: number, connections = 20): Promise<LoadResult> {
  return run(target, { amount, connections: Math.min(connections, amount) });
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
