import { DEFAULT_TOKEN_TTL_MS, TOKEN_EXPIRY_MARGIN_MS, tokenTtlMs } from './smartadvocate-token.util';

const jwt = (payload: object) =>
  ['{"alg":"HS256"}', JSON.stringify(payload)].map((part) => Buffer.from(part).toString('base64url')).join('.') + '.sig';

describe('tokenTtlMs', () => {
  const now = 1_620_665_626_000;

  it('caches a token until shortly before its exp claim', () => {
    expect(tokenTtlMs(jwt({ exp: now / 1000 + 7200 }), now)).toBe(7_200_000 - TOKEN_EXPIRY_MARGIN_MS);
  });

  it('does not cache a token about to expire', () => {
    expect(tokenTtlMs(jwt({ exp: now / 1000 + 30 }), now)).toBe(0);
  });

  it.each([['opaque-token'], [jwt({ id: '677' })], ['a.%%%.b']])('falls back to a default for %p', (token) => {
    expect(tokenTtlMs(token, now)).toBe(DEFAULT_TOKEN_TTL_MS);
  });
});
