export const REDACTED = '[redacted]';

/** Secrets shorter than this are not redacted: they would mask ordinary words. */
const MIN_SECRET_LENGTH = 4;

const BEARER_PATTERN = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi;
const JWT_PATTERN = /\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g;

/**
 * Removes every secret from a text, as typed and as URL- or form-encoded (a secret sent
 * in a form body or query string comes back encoded in error pages), plus any bearer
 * token or JWT, known or not.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const variant of secretVariants(secrets)) {
    result = result.split(variant).join(REDACTED);
  }
  return result.replace(BEARER_PATTERN, `$1 ${REDACTED}`).replace(JWT_PATTERN, REDACTED);
}

function secretVariants(secrets: readonly string[]): string[] {
  const variants = new Set<string>();
  for (const secret of secrets) {
    if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH) continue;
    variants.add(secret);
    variants.add(encodeURIComponent(secret));
    variants.add(new URLSearchParams({ s: secret }).toString().slice(2));
    variants.add(JSON.stringify(secret).slice(1, -1));
  }
  // Longest first, so that a secret containing another is removed whole.
  return [...variants].sort((a, b) => b.length - a.length);
}
