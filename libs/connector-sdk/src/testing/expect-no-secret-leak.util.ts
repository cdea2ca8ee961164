import { REDACTED } from '../redact-secrets.util';

/** Properties through which an HTTP library error would carry headers holding credentials. */
const FORBIDDEN_PROPERTIES = ['config', 'request', 'response', 'cause'];

const UNREDACTED_BEARER = new RegExp(`Bearer\\s+(?!${escapeRegExp(REDACTED)})\\S+`, 'i');

/** Fails the test when an error shows a secret, a bearer token, or the HTTP exchange it came from. */
/** A property as text, whatever its type (an error's message or stack may be anything). */
function text(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

export function expectNoSecretLeak(error: unknown, secrets: readonly string[]): void {
  const record = error as Record<string, unknown>;
  for (const property of FORBIDDEN_PROPERTIES) {
    expect(record[property]).toBeUndefined();
  }
  const texts = [text(record.message), JSON.stringify(error), text(record.stack), String(error)];
  for (const text of texts) {
    for (const secret of secrets.filter((value) => value.length >= 4)) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(encodeURIComponent(secret));
    }
    expect(text).not.toMatch(UNREDACTED_BEARER);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
