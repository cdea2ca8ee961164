import { REDACTED, redactSecrets } from './redact-secrets.util';

describe('redactSecrets', () => {
  it('removes every occurrence of each secret', () => {
    expect(redactSecrets('key=s3cr3t-key and again s3cr3t-key', ['s3cr3t-key'])).toBe(`key=${REDACTED} and again ${REDACTED}`);
  });

  it('removes URL-encoded, form-encoded and JSON-escaped forms of a secret', () => {
    const secret = 'p@ss w/"rd&1';
    const text = [encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString(), JSON.stringify(secret)].join(' ');
    const redacted = redactSecrets(text, [secret]);
    expect(redacted).not.toContain('p@ss');
    expect(redacted).not.toContain('p%40ss');
    expect(redacted).not.toContain('ss+w');
  });

  it('removes a longer secret whole when it contains a shorter one', () => {
    expect(redactSecrets('abcd-efgh', ['abcd', 'abcd-efgh'])).toBe(REDACTED);
  });

  it('removes bearer tokens and JWTs it was not told about', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJpZCI6IjEifQ.c2lnbmF0dXJl';
    const redacted = redactSecrets(`Authorization: Bearer abc.def-123 and ${jwt}`, []);
    expect(redacted).toBe(`Authorization: Bearer ${REDACTED} and ${REDACTED}`);
  });

  it('leaves secrets too short to be told from ordinary text', () => {
    expect(redactSecrets('a b c', ['a', ''])).toBe('a b c');
  });
});
