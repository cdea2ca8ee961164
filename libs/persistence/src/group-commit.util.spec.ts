import { GroupCommit } from './group-commit.util';

/** A flush the test finishes by hand, recording each batch it was given. */
function manualFlush() {
  const batches: number[][] = [];
  const finishers: Array<() => void> = [];
  const flush = (entries: number[]) => {
    batches.push(entries);
    return new Promise<Array<string | Error>>((resolve) =>
      finishers.push(() => resolve(entries.map((n) => (n < 0 ? new Error(`bad ${n}`) : `done ${n}`)))),
    );
  };
  return { batches, finish: () => finishers.shift()?.(), flush };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('GroupCommit', () => {
  it('flushes a lone call at once, and batches what arrives while a flush runs', async () => {
    const manual = manualFlush();
    const commit = new GroupCommit(manual.flush, { concurrency: 1, maxSize: 100, size: () => 1 });
    const first = commit.submit(1);
    expect(manual.batches).toEqual([[1]]);
    const later = [commit.submit(2), commit.submit(3), commit.submit(4)];
    expect(manual.batches).toEqual([[1]]);
    manual.finish();
    await expect(first).resolves.toBe('done 1');
    await settle();
    expect(manual.batches).toEqual([[1], [2, 3, 4]]);
    manual.finish();
    await expect(Promise.all(later)).resolves.toEqual(['done 2', 'done 3', 'done 4']);
  });

  it('fails only the entry the flush answered with an error, and all of a batch whose flush threw', async () => {
    const manual = manualFlush();
    const commit = new GroupCommit(manual.flush, { concurrency: 1, maxSize: 100, size: () => 1 });
    const blocker = commit.submit(0);
    const good = commit.submit(5);
    const bad = commit.submit(-1);
    manual.finish();
    await blocker;
    await settle();
    manual.finish();
    await expect(good).resolves.toBe('done 5');
    await expect(bad).rejects.toThrow('bad -1');

    const throwing = new GroupCommit<number, string>(async () => Promise.reject(new Error('database down')), {
      concurrency: 1,
      maxSize: 100,
      size: () => 1,
    });
    await expect(Promise.all([throwing.submit(1), throwing.submit(2)])).rejects.toThrow('database down');
    await expect(throwing.submit(3)).rejects.toThrow('database down');
  });

  it('keeps batches within maxSize, sending an oversized entry alone, and runs up to `concurrency` flushes', async () => {
    const manual = manualFlush();
    const commit = new GroupCommit(manual.flush, { concurrency: 2, maxSize: 10, size: (n: number) => n });
    const calls = [3, 4, 4, 5, 20, 1].map((n) => commit.submit(n));
    expect(manual.batches).toEqual([[3], [4]]);
    manual.finish();
    await settle();
    expect(manual.batches).toEqual([[3], [4], [4, 5]]);
    manual.finish();
    await settle();
    expect(manual.batches).toEqual([[3], [4], [4, 5], [20]]);
    manual.finish();
    manual.finish();
    await settle();
    expect(manual.batches).toEqual([[3], [4], [4, 5], [20], [1]]);
    manual.finish();
    await expect(Promise.all(calls)).resolves.toHaveLength(6);
  });
});
