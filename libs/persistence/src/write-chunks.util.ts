/**
 * Statements per bulk write command. FerretDB 1.24 hangs (the whole server) on
 * one update command of 100 or more statements (tools/ferretdb fixes it in the
 * local build; a FerretDB from elsewhere may not have the fix), so bulk writes
 * are split well below that.
 */
export const MAX_STATEMENTS_PER_WRITE = 50;

/** What one chunk's write came to: its result, or the error it threw. */
export type ChunkOutcome<R> = { offset: number; size: number } & ({ ok: true; result: R } | { ok: false; error: unknown });

/** `items` in consecutive chunks of at most `size` (1 to 99, default 50). */
export function chunked<T>(items: readonly T[], size = MAX_STATEMENTS_PER_WRITE): T[][] {
  if (!Number.isInteger(size) || size < 1 || size >= 100) {
    throw new RangeError(`a bulk write chunk holds 1 to 99 statements, not ${size}`);
  }
  const chunks: T[][] = [];
  for (let offset = 0; offset < items.length; offset += size) chunks.push(items.slice(offset, offset + size));
  return chunks;
}

/**
 * Writes `items` one chunk after the other (a chunk's errors name positions
 * within it; `offset` maps them back to `items`). A chunk that fails does not
 * stop the next ones, as in an unordered bulk write; the caller decides what
 * each failure means (for example duplicateIndexes(error, size)).
 */
export async function writeInChunks<T, R>(
  items: readonly T[],
  write: (chunk: T[], offset: number) => Promise<R>,
  size = MAX_STATEMENTS_PER_WRITE,
): Promise<Array<ChunkOutcome<R>>> {
  const outcomes: Array<ChunkOutcome<R>> = [];
  let offset = 0;
  for (const chunk of chunked(items, size)) {
    try {
      outcomes.push({ offset, size: chunk.length, ok: true, result: await write(chunk, offset) });
    } catch (error) {
      outcomes.push({ offset, size: chunk.length, ok: false, error });
    }
    offset += chunk.length;
  }
  return outcomes;
}
