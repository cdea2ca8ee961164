import mongoose from 'mongoose';
import { dropDatabase, uniqueMongoUri } from './support/hub-test-app';

/**
 * The hub reads and writes its hot records by _id alone because that lookup
 * must use the _id index. FerretDB 1.24's SQLite backend queried by an
 * expression its _id index does not match, so every such lookup scanned the
 * table; tools/ferretdb/build.sh fixes that. This guards the fix (and holds on
 * a real MongoDB, whose plan for _id is never a collection scan).
 */
describe('lookups by _id on the MongoDB-wire server', () => {
  const uri = uniqueMongoUri('id-plan');
  let client: mongoose.mongo.MongoClient;

  beforeAll(async () => {
    client = await new mongoose.mongo.MongoClient(uri, { serverSelectionTimeoutMS: 5000 }).connect();
  });

  afterAll(async () => {
    await client.close();
    await dropDatabase(uri);
  });

  async function planOf(filter: object): Promise<string> {
    const collection = client.db().collection('plans');
    const explained = await client.db().command({ explain: { find: collection.collectionName, filter } });
    return JSON.stringify(explained.queryPlanner);
  }

  it('use the _id index, and other filters do not pretend to', async () => {
    const ids = Array.from({ length: 50 }, () => new mongoose.Types.ObjectId());
    await client
      .db()
      .collection('plans')
      .insertMany(ids.map((_id, n) => ({ _id, n })));

    const byId = await planOf({ _id: ids[7] });
    const byOther = await planOf({ n: 7 });

    if (byId.includes('"Plan"')) {
      // FerretDB/SQLite: EXPLAIN QUERY PLAN text.
      expect(byId).toMatch(/USING INDEX \S+__id_/);
      expect(byOther).toMatch(/SCAN/);
      expect(byOther).not.toMatch(/USING INDEX/);
    } else {
      expect(byId).not.toMatch(/COLLSCAN/);
    }
    expect(await client.db().collection('plans').findOne({ _id: ids[7] })).toMatchObject({ n: 7 });
  });
});
