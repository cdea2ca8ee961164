import { InMemoryTokenStore } from './in-memory-token.store';

describe('InMemoryTokenStore', () => {
  let now = 1_000;
  const store = new InMemoryTokenStore(() => now);

  it('keeps a token until its time to live runs out', async () => {
    await store.set('k', 'token', 500);
    expect(await store.get('k')).toBe('token');
    now += 499;
    expect(await store.get('k')).toBe('token');
    now += 1;
    expect(await store.get('k')).toBeUndefined();
  });

  it('deletes a token on demand and ignores a non-positive time to live', async () => {
    await store.set('k', 'token', 500);
    await store.delete('k');
    expect(await store.get('k')).toBeUndefined();
    await store.set('k', 'token', 0);
    expect(await store.get('k')).toBeUndefined();
    expect(store.values()).toEqual([]);
  });
});
