/** Renew this long before the token's own expiry, so that a call never starts with a dying token. */
export const TOKEN_EXPIRY_MARGIN_MS = 60_000;

/** When the token says nothing of its expiry. */
export const DEFAULT_TOKEN_TTL_MS = 30 * 60_000;

/**
 * How long to cache a CaseSyncAPI token: its JWT `exp` claim less a margin. The token is
 * only decoded, not verified: SmartAdvocate checks it on every call anyway.
 */
export function tokenTtlMs(token: string, now: number = Date.now()): number {
  const payload = token.split('.')[1];
  if (!payload) return DEFAULT_TOKEN_TTL_MS;
  try {
    const { exp } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown };
    if (typeof exp !== 'number') return DEFAULT_TOKEN_TTL_MS;
    return Math.max(0, exp * 1000 - now - TOKEN_EXPIRY_MARGIN_MS);
  } catch {
    return DEFAULT_TOKEN_TTL_MS;
  }
}
