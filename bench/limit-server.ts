import { createServer } from 'node:http';
import { Queue } from 'bullmq';
import mongoose from 'mongoose';

/**
 * The limit for ingest, as a child process like the hub's API: `bare` answers
 * each POST after parsing its JSON; `ingest` also does the irreducible work of
 * an ingest — one insert per event (unique index on workspace + event id) and
 * one BullMQ add per event — with the same drivers and no framework.
 *   node -r ts-node/register/transpile-only bench/limit-server.ts bare|ingest <port> [mongoUri redisUrl prefix]
 */
async function main(): Promise<void> {
  const [mode, port, mongoUri, redisUrl, prefix] = process.argv.slice(2);
  const store = mode === 'ingest' ? await openStore(mongoUri, redisUrl, prefix) : undefined;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id?: string; events?: Array<{ id: string; type: string }> };
      const events = body.events ?? [body as { id: string; type: string }];
      (store ? store(events) : Promise.resolve())
        .then(() => {
          res.writeHead(202, { 'content-type': 'application/json' });
          res.end(JSON.stringify(body.events ? { accepted: events.length } : { id: body.id, status: 'accepted' }));
        })
        .catch((error: Error) => {
          res.writeHead(503, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: error.message }));
        });
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
}

async function openStore(mongoUri: string, redisUrl: string, prefix: string) {
  const client = await new mongoose.mongo.MongoClient(mongoUri).connect();
  const events = client.db().collection('events');
  await events.createIndex({ workspaceId: 1, eventId: 1 }, { unique: true });
  const queue = new Queue('events', { prefix, connection: { url: redisUrl } });
  const workspaceId = new mongoose.Types.ObjectId();
  return async (items: Array<{ id: string; type: string }>) => {
    const docs = items.map((item) => ({
      _id: new mongoose.Types.ObjectId(),
      workspaceId,
      eventId: item.id,
      type: item.type,
      state: 'pending',
      raw: JSON.stringify(item),
      normalized: item,
      receivedAt: new Date(),
    }));
    await events.insertMany(docs, { ordered: false });
    await queue.addBulk(
      docs.map((doc) => ({ name: doc.type, data: { storedId: doc._id.toString() }, opts: { jobId: doc._id.toString() } })),
    );
  };
}

void main();
