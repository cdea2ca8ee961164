import { Counter, Histogram, collectDefaultMetrics, register } from 'prom-client';

/** Process-wide Prometheus metrics; /metrics renders the default registry. */
export const hubMetrics = {
  eventsIngested: new Counter({
    name: 'hub_events_ingested_total',
    help: 'Events received at POST /v1/events, by outcome',
    labelNames: ['outcome'] as const,
  }),
  jobDuration: new Histogram({
    name: 'hub_job_duration_seconds',
    help: 'Time to run one queue job, by queue and result',
    labelNames: ['queue', 'result'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15],
  }),
};

let defaultsCollected = false;
export function collectProcessMetrics(): void {
  if (defaultsCollected) return;
  defaultsCollected = true;
  collectDefaultMetrics();
}

export const metricsRegistry = register;
