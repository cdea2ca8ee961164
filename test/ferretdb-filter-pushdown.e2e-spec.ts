import fc from 'fast-check';
import mongoose from 'mongoose';
import { FerretDbProcess } from './support/ferretdb-process';

/**
 * FerretDB 1.24's SQLite backend read and decoded every document for any
 * filter but { _id }, so a query's cost grew with its collection. The
 * project's build pushes top-level equalities to strings and ObjectIds, and
 * $in of those (also in $or), down to SQL (tools/ferretdb/filter-pushdown.patch). The clause may
 * keep more rows than the filter matches, as FerretDB filters them again, but
 * never fewer: this compares every answer with the same filter wrapped in
 * $and, which the build does not push down, on documents of every shape.
 */
describe("the project's FerretDB build, filters other than _id", () => {
  let ferret: FerretDbProcess;
  let client: mongoose.mongo.MongoClient;

  beforeAll(async () => {
    ferret = await FerretDbProcess.create();
    await ferret.start();
    client = await new mongoose.mongo.MongoClient(ferret.uri('filter_pushdown'), { serverSelectionTimeoutMS: 5000 }).connect();
  });

  afterAll(async () => {
    await client?.close();
    await ferret?.destroy();
  });

  it('reads through the index for an equality, and for the sweeper-like $or of equalities', async () => {
    const events = client.db().collection('events');
    await events.createIndex({ state: 1, receivedAt: 1 });
    await events.insertMany(
      Array.from({ length: 50 }, (_, n) => ({ n, state: n % 10 === 0 ? 'pending' : 'processed', receivedAt: new Date() })),
    );
    const plan = async (filter: object) =>
      JSON.stringify((await client.db().command({ explain: { find: 'events', filter } })).queryPlanner);

    expect(await plan({ state: 'pending' })).toMatch(/USING INDEX \S+_state_1_receivedAt_1/);
    const sweep = {
      $or: [
        { state: 'pending', enqueued: false },
        { state: 'processing', lockedUntil: { $lt: new Date() } },
      ],
    };
    expect(await plan(sweep)).toMatch(/USING INDEX \S+_state_1_receivedAt_1/);
    expect(await plan({ state: { $in: ['pending', 'processing'] } })).toMatch(/USING INDEX \S+_state_1_receivedAt_1/);
    const ids = (await events.find({ n: { $lt: 3 } }).toArray()).map((d) => d._id);
    expect(await plan({ _id: { $in: ids } })).toMatch(/USING INDEX \S+__id_/);
    expect(await plan({ n: 3 })).not.toMatch(/USING INDEX/);
    expect(await events.countDocuments({ state: 'pending' })).toBe(5);
    expect(await events.countDocuments({ _id: { $in: ids } })).toBe(3);
  });

  it('answers every filter as FerretDB does without the pushdown', async () => {
    const ids = Array.from({ length: 3 }, () => new mongoose.mongo.ObjectId());
    const strings = ['pending', 'processed', 'a b', 'evt_1', 'é', 'say "hi"', 'back\\slash', '<tag>', '', '[', '\\'];
    const scalar = fc.oneof(
      fc.constantFrom(...strings),
      fc.constantFrom(...ids),
      fc.integer({ min: -2, max: 2 }),
      fc.boolean(),
      fc.constant(null),
    );
    const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.record({ state: scalar }));
    const docIds = Array.from({ length: 300 }, () => new mongoose.mongo.ObjectId());
    const field = fc.constantFrom('state', 'ref', 'tags', 'a.b', 'missing', '_id');
    const doc = fc.record({ state: value, ref: value, tags: value, a: fc.record({ b: value }) }, { requiredKeys: [] });
    const operand = fc.oneof(scalar, fc.constantFrom(...docIds));
    const equality = fc
      .tuple(
        field,
        fc.oneof(
          operand,
          fc.array(operand, { maxLength: 4 }).map((list) => ({ $in: list })),
        ),
      )
      .map(([f, v]) => ({ [f]: v }));
    const conjunction = fc.array(equality, { minLength: 1, maxLength: 3 }).map((parts) => Object.assign({}, ...parts));
    const filter = fc.oneof(
      conjunction,
      fc.array(conjunction, { minLength: 1, maxLength: 3 }).map((branches) => ({ $or: branches })),
      fc.tuple(conjunction, fc.array(conjunction, { minLength: 1, maxLength: 2 })).map(([top, branches]) => ({ ...top, $or: branches })),
    );

    const docs = client.db().collection('shapes');
    await docs.createIndex({ state: 1 });
    await docs.createIndex({ ref: 1, tags: 1 });
    await docs.insertMany(fc.sample(doc, { numRuns: 300, seed: 7 }).map((d, i) => ({ ...d, _id: docIds[i] })));

    await fc.assert(
      fc.asyncProperty(filter, async (f) => {
        const ids = async (query: object) =>
          (
            await docs
              .find(query, { projection: { _id: 1 } })
              .sort({ _id: 1 })
              .toArray()
          ).map((d) => String(d._id));
        expect(await ids(f)).toEqual(await ids({ $and: [f] }));
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
