import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const VERSION = 'v1';

/**
 * AES-256-GCM for secrets at rest (CRM credentials, webhook secrets). The key
 * is 32 bytes given as 64 hex chars or base64; any other string is stretched
 * with SHA-256 so a passphrase still yields a full-length key.
 */
export function parseEncryptionKey(key: string): Buffer {
  if (/^[0-9a-f]{64}$/i.test(key)) return Buffer.from(key, 'hex');
  const base64 = Buffer.from(key, 'base64');
  if (base64.length === 32 && base64.toString('base64').replace(/=+$/, '') === key.replace(/=+$/, '')) return base64;
  return createHash('sha256').update(key).digest();
}

/** "v1.<iv>.<tag>.<ciphertext>", each base64url. */
export function encryptSecret(plaintext: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

export function decryptSecret(envelope: string, key: Buffer): string {
  const [version, iv, tag, ciphertext] = envelope.split('.');
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) throw new Error('Not an encrypted secret');
  const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
}
