import { Job, Queue, Worker } from 'bullmq';
import mongoose from 'mongoose';
import { callEvent } from './hub-scenario';

/** What one event costs the hub in writes and jobs (from the code path; checked against the stored records in the bench). */
export const PER_EVENT = { mongoWrites: 16, jobs: 4 };

type Collections = Record<'events' | 'runs' | 'steps' | 'stops' | 'messages' | 'attempts' | 'endpoints', mongoose.mongo.Collection>;
type Step = { event: string } | { run: string; index: number; event: string } | { message: string };

/**
 * The irreducible end-to-end work with the hub's drivers and none of the hub:
 * per event the same 16 MongoDB writes (inserts on unique indexes, updates by
 * _id) and the same 4 BullMQ jobs added and completed, chained as the hub
 * chains them: the event job records the run and its steps, queues 2 action
 * jobs, stores and dispatches workflow.fired at once (a message and its
 * delivery job); the first action stores and dispatches contact.calls_stopped
 * (no subscriber); the delivery job records the attempt.
 * Returns events per second for `count` events.
 */
export async function runLimitPipeline(
  mongoUri: string,
  redisUrl: string,
  prefix: string,
  count: number,
  timeoutMs: number,
  concurrency = 20,
): Promise<number> {
  const client = await new mongoose.mongo.MongoClient(mongoUri).connect();
  const db = client.db();
  const c: Collections = {
    events: db.collection('events'),
    runs: db.collection('workflow_runs'),
    steps: db.collection('workflow_steps'),
    stops: db.collection('outreach_stops'),
    messages: db.collection('webhook_messages'),
    attempts: db.collection('webhook_attempts'),
    endpoints: db.collection('webhook_endpoints'),
  };
  await c.events.createIndex({ ws: 1, eventId: 1 }, { unique: true });
  await c.runs.createIndex({ workflowId: 1, eventRef: 1 }, { unique: true });
  await c.stops.createIndex({ contactId: 1, kind: 1 }, { unique: true });
  await c.messages.createIndex({ destinationId: 1, eventId: 1 }, { unique: true });
  const ws = new mongoose.Types.ObjectId();
  const endpointId = (await c.endpoints.insertOne({ ws, url: 'http://127.0.0.1/' })).insertedId;
  const connection = { url: redisUrl, maxRetriesPerRequest: null };
  const queues = {
    events: new Queue('events', { prefix, connection }),
    actions: new Queue('actions', { prefix, connection }),
    deliveries: new Queue('deliveries', { prefix, connection }),
  };
  const id = () => new mongoose.Types.ObjectId();
  const job = (queue: Queue, data: Step) => queue.add('job', data, { jobId: id().toString(), removeOnComplete: { count: 1000 } });
  const eventDoc = (_id: mongoose.Types.ObjectId, state: string) => ({
    _id,
    ws,
    eventId: _id.toString(),
    state,
    attempts: 0,
    raw: JSON.stringify(callEvent('cmp')),
    normalized: callEvent('cmp'),
    receivedAt: new Date(),
  });
  const processed = (_id: mongoose.Types.ObjectId) =>
    c.events.updateOne({ _id }, { $set: { state: 'processed', processedAt: new Date() }, $unset: { lockedUntil: 1 } });
  /** A hub event, stored claimed and dispatched at once. */
  const publish = async (subscribed: boolean) => {
    const _id = id();
    await c.events.insertOne({ ...eventDoc(_id, 'processing'), lockedUntil: new Date() });
    if (subscribed) {
      const messageId = id();
      await c.messages.insertOne({
        _id: messageId,
        ws,
        destinationId: endpointId,
        eventId: _id.toString(),
        body: JSON.stringify(callEvent('cmp')),
        status: 'pending',
        attempts: 0,
        nextAttemptAt: new Date(),
      });
      await job(queues.deliveries, { message: messageId.toString() });
    }
    await processed(_id);
  };
  const byId = (value: string) => ({ _id: new mongoose.Types.ObjectId(value) });
  let delivered = 0;
  let finish: () => void = () => undefined;
  const allDelivered = new Promise<void>((resolve) => (finish = resolve));

  const onEvent = async ({ data }: Job<Step>) => {
    if (!('event' in data) || 'run' in data) return;
    await c.events.updateOne(byId(data.event), { $set: { state: 'processing', lockedUntil: new Date() }, $inc: { attempts: 1 } });
    const runId = id();
    await c.runs.insertOne({
      _id: runId,
      ws,
      workflowId: 'wf',
      eventRef: data.event,
      outcome: 'running',
      firedAt: new Date(),
      card: { when: 'x', then: 'y' },
    });
    await c.steps.insertMany(
      [0, 1].map(
        (index) =>
          ({
            _id: `${runId.toString()}:${index}`,
            ws,
            runId: runId.toString(),
            index,
            kind: 'stop_calls',
            status: 'pending',
            attempts: 0,
          }) as never,
      ),
    );
    await queues.actions.addBulk(
      [0, 1].map((index) => ({
        name: 'step',
        data: { run: runId.toString(), index, event: data.event },
        opts: { jobId: `${runId.toString()}-${index}` },
      })),
    );
    await publish(true);
    await c.events.updateOne(byId(data.event), { $set: { state: 'processed', processedAt: new Date() }, $unset: { lockedUntil: 1 } });
  };
  const onAction = async ({ data }: Job<Step>) => {
    if (!('run' in data)) return;
    if (data.index === 0) {
      await c.stops.insertOne({ ws, contactId: data.run, kind: 'calls', at: new Date() });
      await publish(false);
    }
    await c.steps.updateOne({ _id: `${data.run}:${data.index}` } as never, {
      $set: { status: 'succeeded', finishedAt: new Date() },
      $inc: { attempts: 1 },
    });
    if (data.index === 1) await c.runs.updateOne(byId(data.run), { $set: { outcome: 'succeeded' } });
  };
  const onDelivery = async ({ data }: Job<Step>) => {
    if (!('message' in data)) return;
    await c.attempts.insertOne({ ws, messageId: data.message, statusCode: 200, at: new Date() });
    await c.messages.updateOne(byId(data.message), { $set: { status: 'succeeded' }, $inc: { attempts: 1 } });
    if (++delivered === count) finish();
  };
  const workers = [
    new Worker('events', onEvent, { prefix, connection, concurrency }),
    new Worker('actions', onAction, { prefix, connection, concurrency }),
    new Worker('deliveries', onDelivery, { prefix, connection, concurrency: 50 }),
  ];

  const storeInbound = async () => {
    const _id = id();
    await c.events.insertOne(eventDoc(_id, 'pending'));
    await job(queues.events, { event: _id.toString() });
  };
  const started = Date.now();
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs));
  for (let sent = 0; sent < count; sent += concurrency) {
    await Promise.all(Array.from({ length: Math.min(concurrency, count - sent) }, storeInbound));
  }
  await Promise.race([allDelivered, timeout]);
  const perSec = (delivered / (Date.now() - started)) * 1000;
  await Promise.all(workers.map((w) => w.close()));
  await Promise.all(Object.values(queues).map((q) => q.close()));
  await db.dropDatabase();
  await client.close();
  return perSec;
}
