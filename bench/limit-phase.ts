import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '@hub/test-support/port.util';
import { cleanUp, newHubEnv, REDIS_URL } from './hub-processes';
import { saturate } from './load';
import { runLimitPipeline } from './limit-pipeline';
import type { BenchPlan } from './bench-plan';
import { callEvent } from './hub-scenario';

export interface LimitFigures {
  bareHttpRps: number;
  ingestPerSec: number;
  ingestBatchPerSec: number;
  e2ePerSec: number;
}

async function startLimitServer(args: string[]): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = fork(join(__dirname, 'limit-server.ts'), [args[0], String(port), ...args.slice(1)], {
    execArgv: ['-r', 'ts-node/register/transpile-only'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`limit server exited (${code})`)));
  });
  return { url: `http://127.0.0.1:${port}/v1/events`, child };
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

const target = (url: string, batchSize: number) => ({
  url,
  headers: {},
  eventsPerRequest: batchSize,
  body: () => {
    const events = Array.from({ length: batchSize }, () => callEvent('cmp'));
    return { body: JSON.stringify(batchSize === 1 ? events[0] : { events }), keys: [] };
  },
});

/** The same work without the hub: a bare HTTP server, ingest's writes and adds, the end-to-end writes and jobs. */
export async function measureLimit(plan: BenchPlan, log: (line: string) => void): Promise<LimitFigures> {
  const bare = await startLimitServer(['bare']);
  const bareHttpRps = (await saturate(target(bare.url, 1), plan.saturateSec)).requestsPerSec;
  await stop(bare.child);
  log(`limit: bare HTTP ${bareHttpRps.toFixed(0)} req/s`);

  const env = newHubEnv('limit');
  const ingest = await startLimitServer(['ingest', env.mongodbUri, REDIS_URL, env.queuePrefix]);
  const ingestPerSec = (await saturate(target(ingest.url, 1), plan.saturateSec)).eventsPerSec;
  const ingestBatchPerSec = (await saturate(target(ingest.url, plan.batchSize), plan.saturateSec, 10)).eventsPerSec;
  await stop(ingest.child);
  await cleanUp(env);
  log(`limit: ingest ${ingestPerSec.toFixed(0)} ev/s single, ${ingestBatchPerSec.toFixed(0)} ev/s batch`);

  const e2ePerSec = await measureLimitPipeline(plan, log);
  return { bareHttpRps, ingestPerSec, ingestBatchPerSec, e2ePerSec };
}

/** The end-to-end limit alone: the bench runs it before and after the hub's end-to-end phase, the machine being noisy. */
export async function measureLimitPipeline(plan: BenchPlan, log: (line: string) => void): Promise<number> {
  const env = newHubEnv('limit_e2e');
  const perSec = await runLimitPipeline(env.mongodbUri, REDIS_URL, env.queuePrefix, plan.limitPipelineEvents, plan.drainTimeoutMs);
  await cleanUp(env);
  log(`limit: end to end ${perSec.toFixed(0)} ev/s`);
  return perSec;
}
