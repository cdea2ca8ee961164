import { freePort } from '@hub/test-support/port.util';
import type { BenchPlan } from './bench-plan';
import { cleanUp, HubProcess, newHubEnv, waitForReady } from './hub-processes';
import { setUpFanoutTenant, eventsTarget } from './hub-scenario';
import { offer, saturate } from './load';

export interface IngestFigures {
  singlePerSec: number;
  batchPerSec: number;
  ack: Array<{ rate: number; p50Ms: number; p99Ms: number; failed: number }>;
}

/**
 * The API alone (no worker, so processing does not compete for the CPU and
 * leaves no backlog for the next phase), on a deployment of its own.
 */
export async function measureIngest(plan: BenchPlan, log: (line: string) => void): Promise<IngestFigures> {
  const env = newHubEnv('ingest');
  const port = await freePort();
  const api = HubProcess.start('ingest-api', 'api', env, { port, profileDir: plan.profileDir });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForReady(baseUrl);
    const tenant = await setUpFanoutTenant(baseUrl, env.adminToken, () => '', 0);
    await saturate(eventsTarget(baseUrl, tenant), 1);
    const single = await saturate(eventsTarget(baseUrl, tenant), plan.saturateSec);
    log(`hub: ingest ${single.eventsPerSec.toFixed(0)} ev/s single (p99 ${single.p99Ms} ms, ${single.failed} failed)`);
    const batch = await saturate(eventsTarget(baseUrl, tenant, plan.batchSize), plan.saturateSec, 10);
    log(`hub: ingest ${batch.eventsPerSec.toFixed(0)} ev/s in batches of ${plan.batchSize}`);
    const ack: IngestFigures['ack'] = [];
    for (const rate of plan.ackRates) {
      const result = await offer(eventsTarget(baseUrl, tenant), rate, plan.ackSec);
      ack.push({ rate, p50Ms: result.p50Ms, p99Ms: result.p99Ms, failed: result.failed });
      log(`hub: ack at ${rate}/s offered: p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, achieved ${result.eventsPerSec.toFixed(0)}/s`);
    }
    return { singlePerSec: single.eventsPerSec, batchPerSec: batch.eventsPerSec, ack };
  } finally {
    await api.stop();
    await cleanUp(env);
  }
}
