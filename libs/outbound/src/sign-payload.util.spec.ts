import { Webhook } from 'standardwebhooks';
import { generateWebhookSecret, signatureHeader, signPayload } from './sign-payload.util';

describe('signPayload', () => {
  const body = JSON.stringify({ type: 'call.completed', timestamp: '2026-01-01T00:00:00.000Z', data: { a: 1 } });
  const now = Math.floor(Date.now() / 1000);

  it('generates whsec_ secrets of 32 random bytes', () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(secret);
  });

  it('produces a signature the standardwebhooks package verifies', () => {
    const secret = generateWebhookSecret();
    const headers = {
      'webhook-id': 'msg_1',
      'webhook-timestamp': String(now),
      'webhook-signature': signPayload(secret, 'msg_1', now, body),
    };
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it('matches the package’s own signer', () => {
    const secret = generateWebhookSecret();
    const expected = new Webhook(secret).sign('msg_2', new Date(now * 1000), body);
    expect(signPayload(secret, 'msg_2', now, body)).toBe(expected);
  });

  it('puts one signature per secret in the header, each verifiable on its own', () => {
    const [oldSecret, newSecret] = [generateWebhookSecret(), generateWebhookSecret()];
    const header = signatureHeader([newSecret, oldSecret], 'msg_3', now, body);
    expect(header.split(' ')).toHaveLength(2);
    for (const secret of [oldSecret, newSecret]) {
      expect(() =>
        new Webhook(secret).verify(body, { 'webhook-id': 'msg_3', 'webhook-timestamp': String(now), 'webhook-signature': header }),
      ).not.toThrow();
    }
  });

  it('fails verification when the body changes', () => {
    const secret = generateWebhookSecret();
    const headers = {
      'webhook-id': 'msg_4',
      'webhook-timestamp': String(now),
      'webhook-signature': signPayload(secret, 'msg_4', now, body),
    };
    expect(() => new Webhook(secret).verify(body.replace('1', '2'), headers)).toThrow();
  });
});
