import Redis from 'ioredis';
import { startFakeSmartAdvocate } from '@hub/connector-fakes/smartadvocate';
import { freePort } from '@hub/test-support/port.util';
import { BenchReceiver } from './bench-receiver';
import type { BenchPlan } from './bench-plan';
import { cleanUp, HubProcess, MONGO_BASE, newHubEnv, REDIS_URL, waitForReady } from './hub-processes';
import { eventsTarget, HubDatabase, setUpWorkflowTenant } from './hub-scenario';
import { offer } from './load';
import { WireCensus, WireTally } from './wire-census';

export interface CensusFigures {
  events: number;
  writesPerEvent: number;
  readsPerEvent: number;
  commandsPerEvent: number;
  jobsPerEvent: number;
  commands: Record<string, number>;
  jobsByQueue: Record<string, number>;
}

/** Where each queue's event stream (BullMQ's `<prefix>:<queue>:events`) ends now. */
async function streamEnds(redis: Redis, prefix: string): Promise<Map<string, string>> {
  const ends = new Map<string, string>();
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*:events`, 'COUNT', 1000);
    for (const key of keys) ends.set(key, (await redis.xrevrange(key, '+', '-', 'COUNT', 1))[0]?.[0] ?? '0-0');
    cursor = next;
  } while (cursor !== '0');
  return ends;
}

/** Jobs added to each queue after `since` (streams that did not exist then count from their start). */
async function jobsAdded(redis: Redis, prefix: string, since: Map<string, string>): Promise<Record<string, number>> {
  const added: Record<string, number> = {};
  for (const key of (await streamEnds(redis, prefix)).keys()) {
    const entries = await redis.xrange(key, `(${since.get(key) ?? '0-0'}`, '+');
    const count = entries.filter(([, fields]) => fields[0] === 'event' && fields[1] === 'added').length;
    if (count > 0) added[key.slice(prefix.length + 1, -':events'.length)] = count;
  }
  return added;
}

/** Waits until the hub has sent nothing to the database for `quietMs` (its last writes trail the deliveries). */
async function settle(census: WireCensus, quietMs: number, timeoutMs: number): Promise<WireTally> {
  const total: WireTally = { commands: {}, writes: 0, reads: 0 };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    const more = census.take();
    const writes = more.writes;
    total.writes += more.writes;
    total.reads += more.reads;
    for (const [name, n] of Object.entries(more.commands)) total.commands[name] = (total.commands[name] ?? 0) + n;
    if (writes === 0 || Date.now() > deadline) return total;
  }
}

/**
 * What one event costs the hub, counted rather than assumed: a deployment of
 * its own talks to the database through a counting proxy; after its set-up,
 * `plan.censusEvents` workflow events are offered at a moderate rate, and the
 * write statements, reads and commands the hub sent, and the jobs its queues
 * got, are divided by the events. Not timed: the proxy costs a little.
 */
export async function measureCensus(plan: BenchPlan, log: (line: string) => void): Promise<CensusFigures> {
  const census = await WireCensus.start(MONGO_BASE);
  const env = newHubEnv('census');
  const proxied = { ...env, vars: { ...env.vars, MONGODB_URI: census.uri(env.mongodbUri) } };
  const port = await freePort();
  const [crm, receiver] = await Promise.all([startFakeSmartAdvocate({ inferred: 'all' }), BenchReceiver.start()]);
  const processes = [HubProcess.start('census-api', 'api', proxied, { port }), HubProcess.start('census-worker', 'worker', proxied)];
  const baseUrl = `http://127.0.0.1:${port}`;
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  const db = await HubDatabase.open(env.mongodbUri);
  try {
    await waitForReady(baseUrl);
    const tenant = await setUpWorkflowTenant(baseUrl, env.adminToken, crm.url, receiver.url('/fired'));
    await settle(census, 500, plan.drainTimeoutMs);
    const since = await streamEnds(redis, env.queuePrefix);
    census.take();
    const sent = await offer(eventsTarget(baseUrl, tenant), 20, plan.censusEvents / 20);
    const events = sent.sentAt.size;
    await receiver.waitFor([...sent.sentAt.keys()], 1, plan.drainTimeoutMs);
    await db.waitForEndedRuns(events, plan.drainTimeoutMs);
    const tally = await settle(census, 1000, plan.drainTimeoutMs);
    const jobsByQueue = await jobsAdded(redis, env.queuePrefix, since);
    const commands = Object.values(tally.commands).reduce((a, b) => a + b, 0);
    const jobs = Object.values(jobsByQueue).reduce((a, b) => a + b, 0);
    const per = (n: number) => Math.round((n / events) * 100) / 100;
    const figures = {
      events,
      writesPerEvent: per(tally.writes),
      readsPerEvent: per(tally.reads),
      commandsPerEvent: per(commands),
      jobsPerEvent: per(jobs),
      commands: Object.fromEntries(Object.entries(tally.commands).map(([name, n]) => [name, per(n)])),
      jobsByQueue: Object.fromEntries(Object.entries(jobsByQueue).map(([name, n]) => [name, per(n)])),
    };
    log(
      `census: per event ${figures.writesPerEvent} writes, ${figures.readsPerEvent} reads, ${figures.commandsPerEvent} commands, ${figures.jobsPerEvent} jobs (${events} events)`,
    );
    return figures;
  } finally {
    await db.close();
    for (const child of processes) await child.stop();
    await Promise.all([crm.close(), receiver.close(), census.close()]);
    redis.disconnect();
    await cleanUp(env);
  }
}
