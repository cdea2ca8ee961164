import { createHmac, randomBytes } from 'node:crypto';

const SECRET_PREFIX = 'whsec_';

/** A new endpoint secret as Standard Webhooks shows it: "whsec_" + base64 of 32 random bytes. */
export function generateWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

/** "v1,<base64 HMAC-SHA256 of id.timestamp.body>", keyed with the secret's decoded bytes. */
export function signPayload(secret: string, messageId: string, timestampSec: number, body: string): string {
  const key = Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
  const digest = createHmac('sha256', key).update(`${messageId}.${timestampSec}.${body}`).digest('base64');
  return `v1,${digest}`;
}

/** The webhook-signature header: one signature per live secret, space-separated (during a rotation). */
export function signatureHeader(secrets: readonly string[], messageId: string, timestampSec: number, body: string): string {
  return secrets.map((secret) => signPayload(secret, messageId, timestampSec, body)).join(' ');
}
