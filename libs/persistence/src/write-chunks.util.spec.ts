import { chunked, MAX_STATEMENTS_PER_WRITE, writeInChunks } from './write-chunks.util';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('bulk writes in chunks', () => {
  it('never sends 100 statements in one command (FerretDB 1.24 hangs on that)', async () => {
    const sent: number[][] = [];
    await writeInChunks(numbers(150), (chunk) => {
      sent.push(chunk);
      return Promise.resolve();
    });
    expect(sent.map((chunk) => chunk.length)).toEqual([50, 50, 50]);
    expect(Math.max(...sent.map((chunk) => chunk.length))).toBeLessThanOrEqual(MAX_STATEMENTS_PER_WRITE);
    expect(MAX_STATEMENTS_PER_WRITE).toBeLessThan(100);
    expect(sent.flat()).toEqual(numbers(150));
  });

  it('refuses a chunk size that could reach the hang', () => {
    expect(() => chunked(numbers(10), 100)).toThrow(RangeError);
    expect(() => chunked(numbers(10), 0)).toThrow(RangeError);
    expect(() => chunked(numbers(10), 2.5)).toThrow(RangeError);
    expect(chunked(numbers(199), 99).map((chunk) => chunk.length)).toEqual([99, 99, 1]);
  });

  it('writes nothing for nothing', async () => {
    const write = jest.fn();
    expect(await writeInChunks([], write)).toEqual([]);
    expect(write).not.toHaveBeenCalled();
  });

  it('writes one chunk at a time, in order, and maps each outcome to its place in the input', async () => {
    let inFlight = 0;
    let most = 0;
    const outcomes = await writeInChunks(
      numbers(120),
      async (chunk, offset) => {
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setImmediate(resolve));
        inFlight--;
        expect(chunk[0]).toBe(offset);
        return chunk.length;
      },
      40,
    );
    expect(most).toBe(1);
    expect(outcomes).toEqual([
      { offset: 0, size: 40, ok: true, result: 40 },
      { offset: 40, size: 40, ok: true, result: 40 },
      { offset: 80, size: 40, ok: true, result: 40 },
    ]);
  });

  it('goes on after a chunk fails, as an unordered bulk write does, and reports the failure', async () => {
    const failure = Object.assign(new Error('E11000 duplicate key'), { code: 11000, writeErrors: [{ index: 3, code: 11000 }] });
    const written: number[] = [];
    const outcomes = await writeInChunks(numbers(101), (chunk, offset) => {
      if (offset === 50) return Promise.reject(failure);
      written.push(...chunk);
      return Promise.resolve('ok');
    });
    expect(written).toEqual([...numbers(50), 100]);
    expect(outcomes).toEqual([
      { offset: 0, size: 50, ok: true, result: 'ok' },
      { offset: 50, size: 50, ok: false, error: failure },
      { offset: 100, size: 1, ok: true, result: 'ok' },
    ]);
  });
});
