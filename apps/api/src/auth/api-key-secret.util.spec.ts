import { generateApiKey, hashApiKey, safeEqual } from './api-key-secret.util';

describe('api key secrets', () => {
  it('generates distinct keys whose hash is stored, not the key', () => {
    const a = generateApiKey();
    const b = generateApiKey();
    expect(a.key).not.toBe(b.key);
    expect(a.key).toMatch(/^kh_[A-Za-z0-9_-]{40}$/);
    expect(a.hash).toBe(hashApiKey(a.key));
    expect(a.hash).not.toContain(a.key);
    expect(a.key.startsWith(a.prefix)).toBe(true);
  });

  it('compares tokens in constant time, also when lengths differ', () => {
    expect(safeEqual('secret', 'secret')).toBe(true);
    expect(safeEqual('secret', 'secreT')).toBe(false);
    expect(safeEqual('secret', 'secret-longer')).toBe(false);
  });
});
