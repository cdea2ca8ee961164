import mongoose from 'mongoose';
import { FerretDbProcess } from './support/ferretdb-process';

/**
 * FerretDB 1.24 hangs, the whole server, on one update command of 100 or more
 * statements: each statement's query stayed open until the command returned,
 * and the 100th took the last of the pool's 100 connections. The project's
 * build fixes it (tools/ferretdb/update-statements.patch). This runs the build
 * as a private server, so a regression hangs only it, not the shared one.
 */
describe("the project's FerretDB build", () => {
  let ferret: FerretDbProcess;
  let client: mongoose.mongo.MongoClient;

  beforeAll(async () => {
    ferret = await FerretDbProcess.create();
    await ferret.start();
    client = await new mongoose.mongo.MongoClient(ferret.uri('update_statements'), {
      serverSelectionTimeoutMS: 5000,
      socketTimeoutMS: 15_000,
    }).connect();
  });

  afterAll(async () => {
    await client?.close();
    await ferret?.destroy();
  });

  it('answers one update command of 150 statements, and goes on answering', async () => {
    const db = client.db();
    const ids = Array.from({ length: 150 }, (_, i) => `doc_${i}`);
    await db.collection('docs').insertMany(ids.map((_id) => ({ _id, status: 'pending' }) as never));

    const answer = await db.command({
      update: 'docs',
      updates: ids.map((_id) => ({ q: { _id }, u: { $set: { status: 'done' } } })),
      ordered: false,
    });

    expect(answer).toMatchObject({ ok: 1, n: 150, nModified: 150 });
    expect(await db.collection('docs').countDocuments({ status: 'done' })).toBe(150);
    expect(await db.command({ ping: 1 })).toMatchObject({ ok: 1 });
  });

  it('keeps what an update means: multi, single, upsert, no match', async () => {
    const docs = client.db().collection<{ _id: number; group: string; n: number }>('semantics');
    await docs.insertMany([
      { _id: 1, group: 'a', n: 0 },
      { _id: 2, group: 'a', n: 0 },
      { _id: 3, group: 'b', n: 0 },
    ]);
    const answer = await client.db().command({
      update: 'semantics',
      updates: [
        { q: { group: 'a' }, u: { $inc: { n: 1 } }, multi: true },
        { q: { group: 'a' }, u: { $inc: { n: 10 } } },
        { q: { _id: 9 }, u: { $set: { group: 'c', n: 5 } }, upsert: true },
        { q: { _id: 8 }, u: { $set: { n: 5 } } },
      ],
    });
    expect(answer).toMatchObject({ ok: 1, n: 4, nModified: 3, upserted: [expect.objectContaining({ _id: 9 })] });
    expect(await docs.find().sort({ _id: 1 }).toArray()).toEqual([
      { _id: 1, group: 'a', n: 11 },
      { _id: 2, group: 'a', n: 1 },
      { _id: 3, group: 'b', n: 0 },
      { _id: 9, group: 'c', n: 5 },
    ]);
  });
});
