const DUPLICATE_KEY = 11000;

interface WriteErrorLike {
  code?: number;
  writeErrors?: Array<{ index: number; code: number }>;
}

/** The write failed only because a unique index already holds the key. */
export function isDuplicateKeyError(error: unknown): boolean {
  return (error as WriteErrorLike)?.code === DUPLICATE_KEY && !(error as WriteErrorLike).writeErrors?.some((e) => e.code !== DUPLICATE_KEY);
}

/**
 * For an unordered insertMany: the indexes of the documents refused as
 * duplicates, or undefined when the failure was anything else.
 */
export function duplicateIndexes(error: unknown): Set<number> | undefined {
  const { code, writeErrors } = (error ?? {}) as WriteErrorLike;
  const errors = writeErrors ?? (code === DUPLICATE_KEY ? [{ index: 0, code }] : undefined);
  if (!errors || errors.some((e) => e.code !== DUPLICATE_KEY)) return undefined;
  return new Set(errors.map((e) => e.index));
}
