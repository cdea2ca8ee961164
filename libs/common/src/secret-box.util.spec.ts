import { randomBytes } from 'node:crypto';
import { decryptSecret, encryptSecret, parseEncryptionKey } from './secret-box.util';

describe('secret box', () => {
  const key = parseEncryptionKey(randomBytes(32).toString('hex'));

  it('round-trips and never shows the plaintext', () => {
    const envelope = encryptSecret('{"password":"hunter2"}', key);
    expect(envelope).not.toContain('hunter2');
    expect(envelope.startsWith('v1.')).toBe(true);
    expect(decryptSecret(envelope, key)).toBe('{"password":"hunter2"}');
  });

  it('uses a fresh IV each time', () => {
    expect(encryptSecret('same', key)).not.toBe(encryptSecret('same', key));
  });

  it('refuses a tampered envelope or the wrong key', () => {
    const envelope = encryptSecret('secret', key);
    const parts = envelope.split('.');
    parts[3] = Buffer.from('other').toString('base64url');
    expect(() => decryptSecret(parts.join('.'), key)).toThrow();
    expect(() => decryptSecret(envelope, parseEncryptionKey(randomBytes(32).toString('hex')))).toThrow();
    expect(() => decryptSecret('plain', key)).toThrow('Not an encrypted secret');
  });

  it('accepts hex, base64, or a passphrase as the key', () => {
    const raw = randomBytes(32);
    expect(parseEncryptionKey(raw.toString('hex')).equals(raw)).toBe(true);
    expect(parseEncryptionKey(raw.toString('base64')).equals(raw)).toBe(true);
    expect(parseEncryptionKey('a passphrase')).toHaveLength(32);
  });
});
