import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { startFakeSmartAdvocate } from '@hub/connector-fakes/smartadvocate';
import { freePort, waitForPort } from '@hub/test-support/port.util';
import { BenchReceiver } from './bench-receiver';
import { cleanUp, HubEnv, HubProcess, newHubEnv, ROOT, waitForReady } from './hub-processes';
import { eventsTarget, HubDatabase, setUpWorkflowTenant, Tenant } from './hub-scenario';
import { burst } from './load';

/**
 * Reproduces the "slow mode": end-to-end runs several times slower on a
 * FerretDB that has served a hub for a while. On a FerretDB of its own (the
 * project's build and default settings, a temporary directory, a free port):
 *   1. the end-to-end rate of a fresh hub (a database of its own);
 *   2. an older hub on the same server: its events table grown to --aged N
 *      events (copies of events it processed), its worker left running idle,
 *      as `npm start` leaves it; the time its sweeper's query takes, the
 *      server's CPU it uses while nobody sends anything, its WAL;
 *   3. the fresh hub's rate again, next to the older one;
 *   4. and once more after the older hub stopped.
 * Each rate comes with the server's CPU per event (robust on a shared machine).
 * --ferretdb BIN and --sqlite-params P run another build or settings (for a before/after).
 *   node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/slow-mode.ts [--aged 20000] [--events 200] [--rounds 2]
 */

const option = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const arg = (name: string, fallback: number) => Number(option(name) ?? fallback);
const log = (line: string) => process.stderr.write(`[slow-mode ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Per database: the WAL file's size and the frames in it not yet checkpointed (from the WAL index in -shm). */
function walState(dir: string, database: string): string {
  const shm = join(dir, `${database}.sqlite-shm`);
  const wal = join(dir, `${database}.sqlite-wal`);
  if (!readdirSync(dir).includes(`${database}.sqlite-shm`)) return 'no WAL';
  const header = readFileSync(shm).subarray(0, 136);
  const frames = header.readUInt32LE(16);
  const backfilled = header.readUInt32LE(96);
  return `WAL file ${(statSync(wal).size / 1e6).toFixed(0)} MB, ${frames} frames of which ${backfilled} checkpointed`;
}

interface Hub {
  env: HubEnv;
  baseUrl: string;
  processes: HubProcess[];
  tenant: Tenant;
  db: HubDatabase;
  runs: number;
}

async function startHub(label: string, mongoBase: string, crmUrl: string, hookUrl: string): Promise<Hub> {
  const env = newHubEnv(label);
  const url = new URL(env.mongodbUri);
  url.host = new URL(mongoBase).host;
  const hubEnv = { ...env, mongodbUri: url.toString(), vars: { ...env.vars, MONGODB_URI: url.toString() } };
  const port = await freePort();
  const processes = [HubProcess.start(`${label}-api`, 'api', hubEnv, { port }), HubProcess.start(`${label}-worker`, 'worker', hubEnv)];
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForReady(baseUrl);
  const tenant = await setUpWorkflowTenant(baseUrl, hubEnv.adminToken, crmUrl, hookUrl);
  return { env: hubEnv, baseUrl, processes, tenant, db: await HubDatabase.open(hubEnv.mongodbUri), runs: 0 };
}

async function stopHub(hub: Hub): Promise<void> {
  await hub.db.close();
  for (const child of hub.processes) await child.stop();
  await cleanUp(hub.env);
}

async function send(hub: Hub, receiver: BenchReceiver, count: number): Promise<number> {
  const started = Date.now();
  const sent = await burst(eventsTarget(hub.baseUrl, hub.tenant, 20), Math.ceil(count / 20), 4);
  hub.runs += sent.sentAt.size;
  await receiver.waitFor([...sent.sentAt.keys()], 1, 300_000);
  await hub.db.waitForEndedRuns(hub.runs, 300_000);
  return (sent.sentAt.size / (Date.now() - started)) * 1000;
}

/** A fresh hub's end-to-end rate, and the server's CPU per event meanwhile. */
async function probe(
  mongoBase: string,
  serverPid: number,
  crmUrl: string,
  receiver: BenchReceiver,
  events: number,
): Promise<{ perSec: number; serverCpuMsPerEvent: number }> {
  const hub = await startHub('probe', mongoBase, crmUrl, receiver.url('/fired'));
  try {
    await send(hub, receiver, 20);
    const cpu = cpuMs(serverPid);
    const perSec = await send(hub, receiver, events);
    return { perSec, serverCpuMsPerEvent: (cpuMs(serverPid) - cpu) / events };
  } finally {
    await stopHub(hub);
  }
}

/** The older hub's events table grown to `total` documents: copies of the processed events it holds, with new ids. */
async function growEvents(uri: string, total: number): Promise<void> {
  const client = await new mongoose.mongo.MongoClient(uri).connect();
  try {
    const events = client.db().collection('events');
    const models = await events.find({ state: 'processed' }).toArray();
    for (let have = await events.countDocuments(); have < total;) {
      const batch = Array.from({ length: Math.min(1000, total - have) }, (_, i) => {
        const { _id, ...model } = models[(have + i) % models.length];
        return { ...model, _id: new mongoose.mongo.ObjectId(), eventId: `aged_${have + i}_${String(_id)}` };
      });
      await events.insertMany(batch, { ordered: false });
      have += batch.length;
    }
  } finally {
    await client.close();
  }
}

/** The query the sweeper runs (EventRepository.findRequeueCandidates), timed. */
async function sweepQueryMs(uri: string): Promise<number> {
  const client = await new mongoose.mongo.MongoClient(uri).connect();
  try {
    const now = new Date();
    const started = Date.now();
    await client
      .db()
      .collection('events')
      .find({
        $or: [
          { state: 'pending', enqueued: false },
          { state: 'pending', receivedAt: { $lt: new Date(now.getTime() - 30_000) } },
          { state: 'processing', lockedUntil: { $lt: now } },
        ],
      })
      .project({ _id: 1 })
      .sort({ receivedAt: 1 })
      .limit(500)
      .toArray();
    return Date.now() - started;
  } finally {
    await client.close();
  }
}

async function main(): Promise<void> {
  const aged = arg('--aged', 20_000);
  const events = arg('--events', 200);
  const rounds = arg('--rounds', 2);
  const dir = mkdtempSync(join(tmpdir(), 'slow-mode-'));
  const port = await freePort();
  const params = option('--sqlite-params');
  const bin = option('--ferretdb') ?? join(ROOT, '.data/bin/ferretdb');
  const server: ChildProcess = spawn(
    bin,
    ['-listen-addr', `127.0.0.1:${port}`, '-sqlite-dir', dir, ...(params === undefined ? [] : ['-sqlite-params', params])],
    { stdio: 'ignore' },
  );
  log(`FerretDB ${bin}${params === undefined ? '' : ` -sqlite-params ${params}`}`);
  await waitForPort(port, true);
  const mongoBase = `mongodb://127.0.0.1:${port}/kayse_hub`;
  const [crm, receiver] = await Promise.all([startFakeSmartAdvocate({ inferred: 'all' }), BenchReceiver.start()]);
  const rows: string[] = [];
  const measure = async (label: string) => {
    for (let r = 1; r <= rounds; r++) {
      const p = await probe(mongoBase, server.pid!, crm.url, receiver, events);
      rows.push(`${label.padEnd(44)} ${p.perSec.toFixed(1).padStart(6)} ev/s   FerretDB ${p.serverCpuMsPerEvent.toFixed(1)} ms CPU/event`);
      log(rows[rows.length - 1]);
    }
  };
  try {
    await measure('fresh server, nothing else');
    const older = await startHub('older', mongoBase, crm.url, receiver.url('/older'));
    const olderDb = new URL(older.env.mongodbUri).pathname.slice(1);
    await send(older, receiver, 100);
    await growEvents(older.env.mongodbUri, aged);
    log(
      `older hub: ${aged} events stored; its sweeper's query takes ${await sweepQueryMs(older.env.mongodbUri)} ms (the server idle otherwise)`,
    );
    const idleCpu = cpuMs(server.pid!);
    await new Promise((resolve) => setTimeout(resolve, 60_000));
    const idleShare = (cpuMs(server.pid!) - idleCpu) / 60_000;
    rows.push(`older hub idle for 60 s: FerretDB busy ${(idleShare * 100).toFixed(0)}% of a core; ${walState(dir, olderDb)}`);
    log(rows[rows.length - 1]);
    await measure(`next to an older hub (${aged} events), idle`);
    rows.push(`older hub after that: ${walState(dir, olderDb)}`);
    await stopHub(older);
    await measure('after the older hub stopped');
  } finally {
    await Promise.all([crm.close(), receiver.close()]);
    server.kill('SIGTERM');
    await waitForPort(port, false);
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`\n${rows.join('\n')}\n`);
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  },
);
