import { Queue } from 'bullmq';
import { startFakeSmartAdvocate } from '@hub/connector-fakes/smartadvocate';
import { freePort } from '@hub/test-support/port.util';
import { BenchReceiver } from './bench-receiver';
import type { BenchPlan } from './bench-plan';
import { cleanUp, HubEnv, HubProcess, newHubEnv, REDIS_URL, waitForReady } from './hub-processes';
import { eventsTarget, HubDatabase, setUpFanoutTenant, setUpWorkflowTenant, Tenant } from './hub-scenario';
import { burst, LoadTarget, offer, percentile } from './load';

export interface EndToEndFigures {
  /** The median of `rounds`. */
  perSec: number;
  /** Each round's end-to-end rate with one worker, in the order run. */
  rounds: number[];
  long?: LongRunFigures;
  latency: Array<{ rate: number; p50Ms: number; p99Ms: number }>;
  fanoutDeliveriesPerSec: number;
  fanoutEventsPerSec: number;
  perSecTwoWorkers: number;
  storedPerEvent: Record<string, number>;
}

export interface LongRunFigures {
  events: number;
  perSec: number;
  /** Events per chunk (1,000, or half the run if shorter). */
  window: number;
  /** Each chunk's rate, in order. */
  chunks: number[];
  firstPerSec: number;
  lastPerSec: number;
}

interface Rig {
  env: HubEnv;
  baseUrl: string;
  receiver: BenchReceiver;
  db: HubDatabase;
  workflowTenant: Tenant;
  runsExpected: number;
  log: (line: string) => void;
  plan: BenchPlan;
}

/**
 * Posts `count` events in batches and waits until each one's workflow.fired
 * arrived and every run ended. Returns events per second and, in order, when
 * each event's first workflow.fired arrived.
 */
async function throughputRun(
  rig: Rig,
  count: number,
  timeoutMs = rig.plan.drainTimeoutMs,
): Promise<{ perSec: number; arrivals: number[] }> {
  const batch = Math.min(20, count);
  const target = eventsTarget(rig.baseUrl, rig.workflowTenant, batch);
  const started = Date.now();
  const sent = await burst(target, Math.ceil(count / batch), 4);
  rig.runsExpected += sent.sentAt.size;
  const keys = [...sent.sentAt.keys()];
  const delivered = await rig.receiver.waitFor(keys, 1, timeoutMs);
  const ended = await rig.db.waitForEndedRuns(rig.runsExpected, timeoutMs);
  if (!delivered || !ended) rig.log(`warning: not all ${keys.length} events were done within ${timeoutMs} ms`);
  const arrivals = keys.flatMap((key) => rig.receiver.arrivals.get(key)?.slice(0, 1) ?? []).sort((a, b) => a - b);
  return { perSec: (keys.length / (Date.now() - started)) * 1000, arrivals };
}

const throughput = async (rig: Rig, count: number) => (await throughputRun(rig, count)).perSec;

/**
 * A long run: does the rate hold as the tables grow? The events go in
 * consecutive chunks of 1,000 (half the run if shorter), each sent at once and
 * waited for, so each chunk's rate is a throughput figure of its own.
 */
async function longRun(rig: Rig, count: number): Promise<LongRunFigures> {
  const window = Math.min(1000, Math.floor(count / 2));
  const chunks: number[] = [];
  const started = Date.now();
  for (let sent = 0; sent < count; sent += window) {
    // Generous: a decaying hub must still finish, so that the decay is measured rather than cut off.
    chunks.push((await throughputRun(rig, Math.min(window, count - sent), Math.max(rig.plan.drainTimeoutMs, window * 1000))).perSec);
  }
  const perSec = (count / (Date.now() - started)) * 1000;
  return { events: count, perSec, window, chunks, firstPerSec: chunks[0], lastPerSec: chunks[chunks.length - 1] };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

async function latencyAt(rig: Rig, rate: number): Promise<{ rate: number; p50Ms: number; p99Ms: number }> {
  const sent = await offer(eventsTarget(rig.baseUrl, rig.workflowTenant), rate, rig.plan.e2eLatencySec);
  rig.runsExpected += sent.sentAt.size;
  await rig.receiver.waitFor([...sent.sentAt.keys()], 1, rig.plan.drainTimeoutMs);
  await rig.db.waitForEndedRuns(rig.runsExpected, rig.plan.drainTimeoutMs);
  const latencies = [...sent.sentAt].flatMap(([key, at]) => (rig.receiver.arrivals.get(key) ?? []).slice(0, 1).map((t) => t - at));
  return { rate, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99) };
}

async function fanout(rig: Rig, tenant: Tenant): Promise<{ deliveriesPerSec: number; eventsPerSec: number }> {
  const target: LoadTarget = eventsTarget(rig.baseUrl, tenant, 1, 'successful');
  const started = Date.now();
  const sent = await burst(target, rig.plan.fanoutEvents, 4);
  await rig.receiver.waitFor([...sent.sentAt.keys()], rig.plan.fanoutEndpoints, rig.plan.drainTimeoutMs);
  const seconds = (Date.now() - started) / 1000;
  return { deliveriesPerSec: (sent.sentAt.size * rig.plan.fanoutEndpoints) / seconds, eventsPerSec: sent.sentAt.size / seconds };
}

async function waitForWorkers(env: HubEnv, count: number): Promise<void> {
  const queue = new Queue('events', { prefix: env.queuePrefix, connection: { url: REDIS_URL } });
  for (let i = 0; i < 300 && (await queue.getWorkersCount()) < count; i++) await new Promise((resolve) => setTimeout(resolve, 100));
  await queue.close();
}

/** API and worker processes from dist, the fake CRM and a webhook receiver, all on 127.0.0.1. */
export async function measureEndToEnd(plan: BenchPlan, log: (line: string) => void): Promise<EndToEndFigures> {
  const env = newHubEnv('e2e');
  const port = await freePort();
  const [crm, receiver] = await Promise.all([startFakeSmartAdvocate({ inferred: 'all' }), BenchReceiver.start()]);
  const processes = [
    HubProcess.start('e2e-api', 'api', env, { port, profileDir: plan.profileDir }),
    HubProcess.start('e2e-worker-1', 'worker', env, { profileDir: plan.profileDir }),
  ];
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForReady(baseUrl);
    await waitForWorkers(env, 1);
    const db = await HubDatabase.open(env.mongodbUri);
    const workflowTenant = await setUpWorkflowTenant(baseUrl, env.adminToken, crm.url, receiver.url('/fired'));
    const rig: Rig = { env, baseUrl, receiver, db, workflowTenant, runsExpected: 0, log, plan };
    await throughput(rig, 5);
    const rounds: number[] = [];
    for (let round = 1; round <= plan.e2eRounds; round++) {
      rounds.push(await throughput(rig, plan.e2eEvents));
      log(`hub: end to end ${rounds[rounds.length - 1].toFixed(1)} ev/s with 1 worker (round ${round} of ${plan.e2eRounds})`);
    }
    const perSec = median(rounds);
    const latency = [];
    for (const fraction of plan.e2eLatencyFractions) {
      const point = await latencyAt(rig, Math.max(1, Math.round(perSec * fraction)));
      latency.push(point);
      log(`hub: event-to-delivery at ${point.rate}/s offered: p50 ${point.p50Ms} ms, p99 ${point.p99Ms} ms`);
    }
    const counts = await db.collectionCounts();
    const storedPerEvent = Object.fromEntries(
      Object.entries(counts).map(([name, n]) => [name, Math.round((n / rig.runsExpected) * 100) / 100]),
    );
    const fanTenant = await setUpFanoutTenant(baseUrl, env.adminToken, (i) => receiver.url(`/fan/${i}`), plan.fanoutEndpoints);
    const fan = await fanout(rig, fanTenant);
    log(
      `hub: fan-out to ${plan.fanoutEndpoints} endpoints: ${fan.deliveriesPerSec.toFixed(0)} deliveries/s (${fan.eventsPerSec.toFixed(1)} ev/s)`,
    );
    processes.push(HubProcess.start('e2e-worker-2', 'worker', env, { profileDir: plan.profileDir }));
    await waitForWorkers(env, 2);
    const perSecTwoWorkers = await throughput(rig, plan.e2eEvents);
    log(`hub: end to end ${perSecTwoWorkers.toFixed(1)} ev/s with 2 workers`);
    let long: LongRunFigures | undefined;
    if (plan.longEvents) {
      await processes.pop()!.stop();
      log(`hub: long run of ${plan.longEvents} events with 1 worker`);
      long = await longRun(rig, plan.longEvents);
      log(
        `hub: long run ${long.perSec.toFixed(1)} ev/s; first ${long.window} at ${long.firstPerSec.toFixed(1)} ev/s, last ${long.window} at ${long.lastPerSec.toFixed(1)} ev/s`,
      );
    }
    await db.close();
    return {
      perSec,
      rounds,
      long,
      latency,
      fanoutDeliveriesPerSec: fan.deliveriesPerSec,
      fanoutEventsPerSec: fan.eventsPerSec,
      perSecTwoWorkers,
      storedPerEvent,
    };
  } finally {
    for (const child of processes) await child.stop();
    await Promise.all([crm.close(), receiver.close()]);
    await cleanUp(env);
  }
}
