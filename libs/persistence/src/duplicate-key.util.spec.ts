import { duplicateIndexes, isDuplicateKeyError } from './duplicate-key.util';

describe('duplicate key errors', () => {
  it('recognises a duplicate key and nothing else', () => {
    expect(isDuplicateKeyError({ code: 11000 })).toBe(true);
    expect(isDuplicateKeyError({ code: 121 })).toBe(false);
    expect(isDuplicateKeyError(new Error('network'))).toBe(false);
    expect(isDuplicateKeyError(undefined)).toBe(false);
  });

  it('lists the duplicate documents of a bulk insert, unless another error is among them', () => {
    expect(duplicateIndexes({ code: 11000, writeErrors: [{ index: 1, code: 11000 }, { index: 4, code: 11000 }] })).toEqual(new Set([1, 4]));
    expect(duplicateIndexes({ code: 11000, writeErrors: [{ index: 1, code: 11000 }, { index: 2, code: 2 }] })).toBeUndefined();
    expect(duplicateIndexes({ code: 11000 })).toEqual(new Set([0]));
    expect(duplicateIndexes(new Error('x'))).toBeUndefined();
  });
});
