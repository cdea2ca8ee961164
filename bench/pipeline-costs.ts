import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue, Worker } from 'bullmq';
import mongoose from 'mongoose';
import { freePort, waitForPort } from '@hub/test-support/port.util';

/**
 * What the operations a batched pipeline would use cost on this machine, per
 * command and per document: wall time (one client, commands one after the
 * other) and the CPU the server spent (FerretDB's, Redis's, from /proc).
 * Runs its own FerretDB (the project's build and settings) and Redis on free
 * ports, so nothing else shares them and their CPU is theirs alone.
 *   node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/pipeline-costs.ts [--table N]
 */

const { ObjectId } = mongoose.mongo;
type Doc = { _id: mongoose.mongo.ObjectId; key: string; ws: string; state: string; at: Date; payload: string };

const FERRETDB_BIN = join(__dirname, '../.data/bin/ferretdb');
const TICK_MS = 1000 / 100;
/** CPU milliseconds a process has used (user + system), from /proc/<pid>/stat. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

async function startServer(bin: string, args: string[], port: number): Promise<ChildProcess> {
  const child = spawn(bin, args, { stdio: 'ignore' });
  await waitForPort(port, true);
  return child;
}

interface Cost {
  label: string;
  commands: number;
  docs: number;
  wallMs: number;
  serverCpuMs: number;
}

const row = (c: Cost) =>
  `| ${c.label} | ${(c.wallMs / c.commands).toFixed(2)} | ${((c.wallMs / c.docs) * 1000).toFixed(0)} | ${((c.serverCpuMs / c.docs) * 1000).toFixed(0)} | ${Math.round((c.docs / c.wallMs) * 1000)} |`;

async function timed(label: string, pid: number, commands: number, docs: number, run: () => Promise<void>): Promise<Cost> {
  const cpu = cpuMs(pid);
  const started = process.hrtime.bigint();
  await run();
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  return { label, commands, docs, wallMs, serverCpuMs: cpuMs(pid) - cpu };
}

const doc = (key: string): Doc => ({ _id: new ObjectId(), key, ws: 'ws_1', state: 'pending', at: new Date(), payload: 'x'.repeat(300) });

async function mongoCosts(db: mongoose.mongo.Db, pid: number, table: number): Promise<Cost[]> {
  const costs: Cost[] = [];
  let next = 0;
  const fresh = async (name: string) => {
    const c = db.collection<Doc>(name);
    await c.createIndex({ key: 1 }, { unique: true });
    for (let i = 0; i < table; i += 1000)
      await c.insertMany(
        Array.from({ length: Math.min(1000, table - i) }, () => doc(`seed${next++}`)),
        { ordered: false },
      );
    return c;
  };

  for (const batch of [1, 20, 50, 200]) {
    const c = await fresh(`insert_${batch}`);
    const commands = Math.max(20, Math.round(2000 / batch));
    costs.push(
      await timed(`insertMany ordered:false, unique index, batch ${batch}`, pid, commands, commands * batch, async () => {
        for (let i = 0; i < commands; i++)
          await c.insertMany(
            Array.from({ length: batch }, () => doc(`k${next++}`)),
            { ordered: false },
          );
      }),
    );
  }

  const c = await fresh('updates');
  const ids = (await c.find({}, { projection: { _id: 1 } }).toArray()).map((d) => d._id);
  const some = (n: number, round: number) => Array.from({ length: n }, (_, i) => ids[(round * n + i) % ids.length]);
  for (const batch of [20, 50, 200]) {
    const commands = Math.max(10, Math.round(1000 / batch));
    costs.push(
      await timed(`updateMany({ _id: { $in: [${batch}] } })`, pid, commands, commands * batch, async () => {
        for (let r = 0; r < commands; r++)
          await c.updateMany({ _id: { $in: some(batch, r) } }, { $set: { state: 'done', at: new Date() } });
      }),
    );
  }
  costs.push(
    await timed('bulkWrite of 50 updateOne by _id (one command)', pid, 20, 1000, async () => {
      for (let r = 0; r < 20; r++) {
        await c.bulkWrite(
          some(50, r).map((_id) => ({ updateOne: { filter: { _id }, update: { $set: { state: 'sent', at: new Date() } } } })),
          { ordered: false },
        );
      }
    }),
  );
  costs.push(
    await timed('updateOne by _id, one command each', pid, 500, 500, async () => {
      for (const _id of some(500, 0)) await c.updateOne({ _id }, { $set: { state: 'again', at: new Date() } });
    }),
  );
  for (const batch of [20, 50, 200]) {
    const commands = Math.max(10, Math.round(1000 / batch));
    costs.push(
      await timed(`find({ _id: { $in: [${batch}] } })`, pid, commands, commands * batch, async () => {
        for (let r = 0; r < commands; r++) await c.find({ _id: { $in: some(batch, r) } }).toArray();
      }),
    );
  }
  costs.push(
    await timed('findOne by _id, one command each', pid, 500, 500, async () => {
      for (const _id of some(500, 1)) await c.findOne({ _id });
    }),
  );
  costs.push(...(await runShapes(db, pid)));
  return costs;
}

/**
 * A workflow run with two steps, written as a batched pipeline would (50 runs
 * per command): created, each step finished, the run's outcome set. Steps
 * inside the run: one insert and two updates per run. Steps as documents of
 * their own: three inserts and three updates per run. Per run, not per document.
 */
async function runShapes(db: mongoose.mongo.Db, pid: number): Promise<Cost[]> {
  const batches = 10;
  const runs = () =>
    Array.from({ length: 50 }, () => ({
      _id: new ObjectId(),
      ws: 'ws_1',
      workflowId: 'wf_1',
      eventRef: new ObjectId().toString(),
      outcome: 'running',
      firedAt: new Date(),
    }));
  const step = (index: number) => ({ kind: index === 0 ? 'stop_calls' : 'update_crm_status', index, status: 'pending', attempts: 0 });
  const set = <Id>(_id: Id, fields: object) => ({ updateOne: { filter: { _id }, update: { $set: fields } } });
  const indexed = async <T extends mongoose.mongo.Document>(name: string) => {
    const c = db.collection<T>(name);
    await c.createIndex({ workflowId: 1, eventRef: 1 }, { unique: true });
    return c;
  };

  const embeddedRuns = await indexed<ReturnType<typeof runs>[number] & { steps: object[] }>('runs_embedded');
  const embedded = await timed('run with its 2 steps embedded (per run: 1 insert, 2 updates)', pid, batches * 3, batches * 50, async () => {
    for (let b = 0; b < batches; b++) {
      const batch = runs().map((r) => ({ ...r, steps: [step(0), step(1)] }));
      await embeddedRuns.insertMany(batch, { ordered: false });
      await embeddedRuns.bulkWrite(
        batch.map((r) => set(r._id, { 'steps.0.status': 'succeeded', 'steps.0.attempts': 1, 'steps.0.finishedAt': new Date() })),
        { ordered: false },
      );
      await embeddedRuns.bulkWrite(
        batch.map((r) =>
          set(r._id, { 'steps.1.status': 'succeeded', 'steps.1.attempts': 1, 'steps.1.finishedAt': new Date(), outcome: 'succeeded' }),
        ),
        { ordered: false },
      );
    }
  });
  const runsAlone = await indexed<ReturnType<typeof runs>[number]>('runs_alone');
  const steps = db.collection<{ _id: string }>('steps_alone');
  const separate = await timed('run and 2 step documents (per run: 3 inserts, 3 updates)', pid, batches * 5, batches * 50, async () => {
    for (let b = 0; b < batches; b++) {
      const batch = runs();
      await runsAlone.insertMany(batch, { ordered: false });
      await steps.insertMany(
        batch.flatMap((r) => [0, 1].map((i) => ({ _id: `${String(r._id)}:${i}`, runId: String(r._id), ...step(i) }))),
        { ordered: false },
      );
      for (const i of [0, 1])
        await steps.bulkWrite(
          batch.map((r) => set(`${String(r._id)}:${i}`, { status: 'succeeded', attempts: 1, finishedAt: new Date() })),
          { ordered: false },
        );
      await runsAlone.bulkWrite(
        batch.map((r) => set(r._id, { outcome: 'succeeded' })),
        { ordered: false },
      );
    }
  });
  return [embedded, separate];
}

interface QueueCost {
  label: string;
  events: number;
  wallMs: number;
  nodeCpuMs: number;
  redisCpuMs: number;
}

/** 2,000 events queued and consumed (a no-op processor) three ways, on a Redis of its own. */
async function queueCosts(redisUrl: string, pid: number): Promise<QueueCost[]> {
  const events = 2000;
  const connection = { url: redisUrl, maxRetriesPerRequest: null };
  const payload = (i: number) => ({
    workspaceId: 'ws_1',
    storedId: new ObjectId().toString(),
    eventType: 'call.completed',
    generation: 0,
    i,
  });
  const ways: Array<{ label: string; jobs: number; produce: (q: Queue) => Promise<void>; concurrency: number }> = [
    {
      label: 'add, one job per event (20 at a time)',
      jobs: events,
      concurrency: 20,
      produce: async (q) => {
        for (let i = 0; i < events; i += 20) {
          await Promise.all(
            Array.from({ length: 20 }, (_, j) => q.add('event', payload(i + j), { jobId: `e${i + j}`, removeOnComplete: { count: 1000 } })),
          );
        }
      },
    },
    {
      label: 'addBulk of 50, one job per event',
      jobs: events,
      concurrency: 20,
      produce: async (q) => {
        for (let i = 0; i < events; i += 50) {
          await q.addBulk(
            Array.from({ length: 50 }, (_, j) => ({
              name: 'event',
              data: payload(i + j),
              opts: { jobId: `e${i + j}`, removeOnComplete: { count: 1000 } },
            })),
          );
        }
      },
    },
    {
      label: 'one job carrying 50 events',
      jobs: events / 50,
      concurrency: 4,
      produce: async (q) => {
        for (let i = 0; i < events; i += 50) {
          await q.add(
            'batch',
            { events: Array.from({ length: 50 }, (_, j) => payload(i + j)) },
            { jobId: `b${i}`, removeOnComplete: { count: 1000 } },
          );
        }
      },
    },
  ];
  const costs: QueueCost[] = [];
  for (const [n, way] of ways.entries()) {
    const prefix = `costs${n}`;
    const queue = new Queue(prefix, { connection });
    await queue.waitUntilReady();
    for (const phase of ['produce', 'consume'] as const) {
      const node = process.cpuUsage();
      const redis = cpuMs(pid);
      const started = Date.now();
      if (phase === 'produce') await way.produce(queue);
      else {
        let done = 0;
        await new Promise<void>((resolve) => {
          const worker = new Worker(prefix, (job) => Promise.resolve(void JSON.stringify(job.data)), {
            connection,
            concurrency: way.concurrency,
          });
          worker.on('completed', () => {
            if (++done === way.jobs) void worker.close().then(resolve);
          });
        });
      }
      const used = process.cpuUsage(node);
      costs.push({
        label: `${way.label}: ${phase}`,
        events,
        wallMs: Date.now() - started,
        nodeCpuMs: (used.user + used.system) / 1000,
        redisCpuMs: cpuMs(pid) - redis,
      });
    }
    await queue.obliterate({ force: true });
    await queue.close();
  }
  return costs;
}

async function main(): Promise<void> {
  const tableAt = process.argv.indexOf('--table');
  const tables = tableAt >= 0 ? [Number(process.argv[tableAt + 1])] : [1000, 20000];
  const dir = mkdtempSync(join(tmpdir(), 'pipeline-costs-'));
  const [mongoPort, redisPort] = [await freePort(), await freePort()];
  const ferret = await startServer(
    FERRETDB_BIN,
    ['-listen-addr', `127.0.0.1:${mongoPort}`, '-sqlite-dir', join(dir, 'ferretdb')],
    mongoPort,
  );
  const redis = await startServer(
    'redis-server',
    ['--bind', '127.0.0.1', '--port', String(redisPort), '--dir', dir, '--appendonly', 'yes', '--appendfsync', 'everysec', '--save', ''],
    redisPort,
  );
  const out = (line: string) => process.stdout.write(`${line}\n`);
  try {
    for (const table of tables) {
      const client = await new mongoose.mongo.MongoClient(`mongodb://127.0.0.1:${mongoPort}/costs_${table}`).connect();
      out(`\n### FerretDB, collections holding ${table} documents (one client, commands one after the other)\n`);
      out('| operation | ms per command | µs per document (wall) | µs FerretDB CPU per document | documents/s |');
      out('|---|---|---|---|---|');
      for (const cost of await mongoCosts(client.db(), ferret.pid!, table)) out(row(cost));
      await client.db().dropDatabase();
      await client.close();
    }
    out('\n### BullMQ, 2,000 events (no-op processor; Node = this process, producer or worker)\n');
    out('| way | wall ms | µs Node CPU per event | µs Redis CPU per event |');
    out('|---|---|---|---|');
    for (const c of await queueCosts(`redis://127.0.0.1:${redisPort}`, redis.pid!)) {
      out(
        `| ${c.label} | ${c.wallMs} | ${((c.nodeCpuMs / c.events) * 1000).toFixed(0)} | ${((c.redisCpuMs / c.events) * 1000).toFixed(0)} |`,
      );
    }
  } finally {
    ferret.kill('SIGTERM');
    redis.kill('SIGTERM');
    await Promise.all([waitForPort(mongoPort, false), waitForPort(redisPort, false)]);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  },
);
