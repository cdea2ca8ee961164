import { duplicateIndexes, isDuplicateKeyError } from './duplicate-key.util';

describe('duplicate key errors', () => {
  it('recognises a duplicate key and nothing else', () => {
    expect(isDuplicateKeyError({ code: 11000 })).toBe(true);
    expect(isDuplicateKeyError({ code: 121 })).toBe(false);
    expect(isDuplicateKeyError(new Error('network'))).toBe(false);
    expect(isDuplicateKeyError(undefined)).toBe(false);
  });

  it('lists the duplicate documents of a bulk insert, unless another error is among them', () => {
    expect(
      duplicateIndexes(
        {
          code: 11000,
          writeErrors: [
            { index: 1, code: 11000 },
            { index: 4, code: 11000 },
          ],
        },
        5,
      ),
    ).toEqual(new Set([1, 4]));
    expect(
      duplicateIndexes(
        {
          code: 11000,
          writeErrors: [
            { index: 1, code: 11000 },
            { index: 2, code: 2 },
          ],
        },
        3,
      ),
    ).toBeUndefined();
    expect(duplicateIndexes({ code: 11000 }, 1)).toEqual(new Set([0]));
    expect(duplicateIndexes(new Error('x'), 1)).toBeUndefined();
  });

  it('does not take a bulk insert that failed on the network for one of duplicates', () => {
    // What the driver throws for insertMany({ ordered: false }) when the server is gone (seen in the Mongo restart fault test).
    const networkFailure = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:39051'), { writeErrors: [], insertedCount: 0 });
    expect(duplicateIndexes(networkFailure, 2)).toBeUndefined();
    // Some duplicates, then the connection dropped before the rest were written.
    const cutShort = { code: 11000, writeErrors: [{ index: 0, code: 11000 }], insertedCount: 1 };
    expect(duplicateIndexes(cutShort, 4)).toBeUndefined();
    expect(duplicateIndexes({ ...cutShort, insertedCount: 3 }, 4)).toEqual(new Set([0]));
  });
});
