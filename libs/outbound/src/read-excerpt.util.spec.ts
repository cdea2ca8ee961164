import { Readable } from 'node:stream';
import { readExcerpt } from './read-excerpt.util';

describe('readExcerpt', () => {
  it('returns a short body whole', async () => {
    expect(await readExcerpt(Readable.from([Buffer.from('ok')]))).toBe('ok');
  });

  it('keeps at most 1 KB of a long body and stops reading', async () => {
    let produced = 0;
    const stream = new Readable({
      read() {
        produced += 1;
        this.push(Buffer.alloc(600, 'a'));
      },
    });
    const excerpt = await readExcerpt(stream);
    expect(excerpt).toHaveLength(1024);
    expect(produced).toBeLessThan(5);
  });

  it('returns an empty string for an empty body', async () => {
    expect(await readExcerpt(Readable.from([]))).toBe('');
  });
});
