import mongoose from 'mongoose';
import type { BenchPlan } from './bench-plan';
import { newHubEnv } from './hub-processes';

const BATCH = 100;

/**
 * The database's own batched write rate, the physical ceiling on this machine:
 * one client inserting 100 small documents per command (unordered, into a
 * collection with a unique index, as the hub's records are) for
 * `plan.storageSec` seconds, no hub, no queue. Documents per second.
 */
export async function measureStorage(plan: BenchPlan, log: (line: string) => void): Promise<number> {
  const { mongodbUri } = newHubEnv('storage');
  const client = await new mongoose.mongo.MongoClient(mongodbUri, { serverSelectionTimeoutMS: 5000 }).connect();
  try {
    const docs = client.db().collection('docs');
    await docs.createIndex({ key: 1 }, { unique: true });
    let key = 0;
    const batch = () => Array.from({ length: BATCH }, () => ({ key: `k${key++}`, state: 'pending', at: new Date() }));
    await docs.insertMany(batch(), { ordered: false });
    let written = 0;
    const started = Date.now();
    while (Date.now() - started < plan.storageSec * 1000) written += (await docs.insertMany(batch(), { ordered: false })).insertedCount;
    const perSec = (written / (Date.now() - started)) * 1000;
    log(`storage: insertMany of ${BATCH} with a unique index, ${perSec.toFixed(0)} docs/s`);
    return perSec;
  } finally {
    await client
      .db()
      .dropDatabase()
      .catch(() => undefined);
    await client.close();
  }
}
