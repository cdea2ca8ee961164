export const DUPLICATE_KEY = 11000;

interface WriteErrorLike {
  code?: number;
  writeErrors?: Array<{ index: number; code: number }>;
  /** On the driver's MongoBulkWriteError. */
  insertedCount?: number;
}

/** The write failed only because a unique index already holds the key. */
export function isDuplicateKeyError(error: unknown): boolean {
  return (error as WriteErrorLike)?.code === DUPLICATE_KEY && !(error as WriteErrorLike).writeErrors?.some((e) => e.code !== DUPLICATE_KEY);
}

/**
 * For an unordered insertMany of `total` documents that failed: the error
 * code of each refused document by its index, when every other document was
 * written; undefined when the insert failed as a whole. The driver reports a
 * connection lost mid-insert as a bulk write error with no write errors and
 * nothing inserted: that is a failure of the whole insert, not "no refusals".
 */
export function refusedDocuments(error: unknown, total: number): Map<number, number> | undefined {
  const { code, writeErrors, insertedCount } = (error ?? {}) as WriteErrorLike;
  const errors = writeErrors?.length ? writeErrors : typeof code === 'number' && !writeErrors && total === 1 ? [{ index: 0, code }] : [];
  if (errors.length === 0) return undefined;
  const written = insertedCount ?? total - errors.length;
  if (written + errors.length !== total) return undefined;
  return new Map(errors.map((e) => [e.index, e.code]));
}

/** The indexes of the documents refused as duplicates when that was the only failure; undefined otherwise. */
export function duplicateIndexes(error: unknown, total: number): Set<number> | undefined {
  const refused = refusedDocuments(error, total);
  if (!refused || [...refused.values()].some((code) => code !== DUPLICATE_KEY)) return undefined;
  return new Set(refused.keys());
}
