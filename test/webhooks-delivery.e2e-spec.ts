import { Webhook } from 'standardwebhooks';
import { describeWithHub } from './support/describe-with-hub';
import { waitFor } from './support/hub-test-app';
import { createEndpoint, deliveries, dispatch, waitForSettledDeliveries } from './support/webhook-fixtures';
import { ReceivedRequest, WebhookReceiver } from './support/webhook-receiver';

const headersOf = (request: ReceivedRequest) => ({
  'webhook-id': String(request.headers['webhook-id']),
  'webhook-timestamp': String(request.headers['webhook-timestamp']),
  'webhook-signature': String(request.headers['webhook-signature']),
});

const hubOptions = {
  label: 'webhooks-delivery',
  config: { allowPrivateUrls: true, webhookRetryScheduleSec: [0, 1, 1, 2], webhookTimeoutMs: 2000 },
  campaign: false as const,
};

describeWithHub('webhook delivery', hubOptions, (suite) => {
  let receiver: WebhookReceiver;

  beforeEach(async () => {
    receiver = await WebhookReceiver.start();
  });
  afterEach(() => receiver.close());

  it('signs each delivery so the standardwebhooks package verifies it, with the { type, timestamp, data } body', async () => {
    const endpoint = await createEndpoint(suite.hub, suite.ws, { url: receiver.url() });
    expect(endpoint.secret).toMatch(/^whsec_/);
    const event = await dispatch(suite.hub, suite.ws);
    const [request] = await receiver.waitForRequests(1);
    const verified = new Webhook(endpoint.secret).verify(request.body, headersOf(request));
    expect(verified).toEqual({ type: 'call.completed', timestamp: event.occurredAt, data: event });
    expect(request.headers['content-type']).toBe('application/json');
    const [message] = await waitFor(async () => {
      const list = await deliveries(suite.hub, suite.ws, endpoint.id);
      return list[0]?.status === 'succeeded' && list;
    });
    expect(message).toMatchObject({ eventId: event.id, webhookId: request.headers['webhook-id'], attemptCount: 1 });
    expect(message.attempts[0]).toMatchObject({
      trigger: 'scheduled',
      statusCode: 200,
      responseExcerpt: 'ok',
      success: true,
      error: null,
    });
  });

  it('retries failures on the schedule with the same webhook-id until one succeeds, recording each attempt', async () => {
    receiver.respondWith((_, i) => (i < 2 ? { status: 500, body: 'x'.repeat(5000) } : { status: 204 }));
    const endpoint = await createEndpoint(suite.hub, suite.ws, { url: receiver.url() });
    await dispatch(suite.hub, suite.ws);
    const requests = await receiver.waitForRequests(3, 15_000);
    expect(new Set(requests.map((r) => r.headers['webhook-id'])).size).toBe(1);
    expect(requests[1].receivedAt - requests[0].receivedAt).toBeGreaterThanOrEqual(800);
    requests.forEach((r) => expect(() => new Webhook(endpoint.secret).verify(r.body, headersOf(r))).not.toThrow());
    const [message] = await waitFor(async () => {
      const list = await deliveries(suite.hub, suite.ws, endpoint.id);
      return list[0]?.status === 'succeeded' && list;
    });
    expect(message.attempts.map((a: { statusCode: number }) => a.statusCode)).toEqual([500, 500, 204]);
    expect(message.attempts[0].responseExcerpt).toHaveLength(1024);
    expect(message.attempts[0].nextRetryAt).toBeTruthy();
    expect(message.attempts[0].error).toBe('HTTP 500');
  });

  it('treats a redirect as a failure and does not follow it', async () => {
    const target = await WebhookReceiver.start();
    receiver.respondWith(() => ({ status: 302, headers: { location: target.url() } }));
    const endpoint = await createEndpoint(suite.hub, suite.ws, { url: receiver.url() });
    await dispatch(suite.hub, suite.ws);
    await receiver.waitForRequests(2, 10_000);
    expect(target.requests).toHaveLength(0);
    const [message] = await deliveries(suite.hub, suite.ws, endpoint.id);
    expect(message.attempts[0]).toMatchObject({ statusCode: 302, success: false });
    await target.close();
  });

  it('gives up after the last scheduled attempt', async () => {
    receiver.respondWith(() => ({ status: 500 }));
    const endpoint = await createEndpoint(suite.hub, suite.ws, { url: receiver.url() });
    await dispatch(suite.hub, suite.ws);
    const [message] = await waitFor(async () => {
      const list = await deliveries(suite.hub, suite.ws, endpoint.id);
      return list[0]?.status === 'failed' && list;
    }, 20_000);
    expect(message.attemptCount).toBe(4);
    expect(receiver.requests).toHaveLength(4);
    expect(message.nextAttemptAt).toBeNull();
  });

  it('honours Retry-After on 429', async () => {
    receiver.respondWith((_, i) => (i === 0 ? { status: 429, headers: { 'retry-after': '3' } } : { status: 200 }));
    await createEndpoint(suite.hub, suite.ws, { url: receiver.url() });
    await dispatch(suite.hub, suite.ws);
    const [first, second] = await receiver.waitForRequests(2, 15_000);
    expect(second.receivedAt - first.receivedAt).toBeGreaterThanOrEqual(2900);
  });

  it('disables the endpoint on 410 and stops sending', async () => {
    receiver.respondWith(() => ({ status: 410 }));
    const endpoint = await createEndpoint(suite.hub, suite.ws, { url: receiver.url() });
    await dispatch(suite.hub, suite.ws);
    await receiver.waitForRequests(1);
    const disabled = await waitFor(async () => {
      const res = await suite.hub.http.get(`/v1/webhooks/endpoints/${endpoint.id}`).set(suite.ws.auth).expect(200);
      return res.body.enabled === false && res.body;
    });
    expect(disabled.disabledReason).toMatch(/410/);
    await dispatch(suite.hub, suite.ws);
    expect(await waitForSettledDeliveries(suite.hub, suite.ws, endpoint.id)).toHaveLength(1);
    expect(receiver.requests).toHaveLength(1);
    const reenabled = await suite.hub.http
      .patch(`/v1/webhooks/endpoints/${endpoint.id}`)
      .set(suite.ws.auth)
      .send({ enabled: true })
      .expect(200);
    expect(reenabled.body).toMatchObject({ enabled: true, disabledReason: null });
  });

  it('after a rotation, signs with both secrets for the grace period', async () => {
    const endpoint = await createEndpoint(suite.hub, suite.ws, { url: receiver.url() });
    const rotated = await suite.hub.http.post(`/v1/webhooks/endpoints/${endpoint.id}/rotate-secret`).set(suite.ws.auth).expect(200);
    expect(Date.parse(rotated.body.previousSecretExpiresAt) - Date.now()).toBeGreaterThan(23 * 3600 * 1000);
    expect(rotated.body.secret).toBeUndefined();
    const { secret: newSecret } = (
      await suite.hub.http.post(`/v1/webhooks/endpoints/${endpoint.id}/reveal-secret`).set(suite.ws.auth).expect(200)
    ).body;
    expect(newSecret).not.toBe(endpoint.secret);
    await dispatch(suite.hub, suite.ws);
    const [request] = await receiver.waitForRequests(1);
    expect(String(request.headers['webhook-signature']).split(' ')).toHaveLength(2);
    for (const secret of [endpoint.secret, newSecret])
      expect(() => new Webhook(secret).verify(request.body, headersOf(request))).not.toThrow();
  });

  it('filters on event types and campaigns', async () => {
    const calls = await createEndpoint(suite.hub, suite.ws, { url: receiver.url('/calls'), eventTypes: ['call.completed'] });
    const campaignB = await createEndpoint(suite.hub, suite.ws, { url: receiver.url('/b'), campaignIds: ['cmp_b'] });
    await dispatch(suite.hub, suite.ws, { type: 'call.completed', campaignId: 'cmp_a' });
    await dispatch(suite.hub, suite.ws, { type: 'form.completed', campaignId: 'cmp_b' });
    await receiver.waitForRequests(2);
    await waitForSettledDeliveries(suite.hub, suite.ws, calls.id);
    await waitForSettledDeliveries(suite.hub, suite.ws, campaignB.id);
    expect(receiver.requests.map((r) => `${r.path} ${JSON.parse(r.body).type}`).sort()).toEqual([
      '/b form.completed',
      '/calls call.completed',
    ]);
    expect(await deliveries(suite.hub, suite.ws, calls.id)).toHaveLength(1);
    expect(await deliveries(suite.hub, suite.ws, campaignB.id)).toHaveLength(1);
  });

  it('sends a message once per endpoint even when the same event is dispatched twice', async () => {
    const endpoint = await createEndpoint(suite.hub, suite.ws, { url: receiver.url() });
    const event = await dispatch(suite.hub, suite.ws);
    await dispatch(suite.hub, suite.ws, { id: event.id });
    await receiver.waitForRequests(1);
    await waitForSettledDeliveries(suite.hub, suite.ws, endpoint.id);
    expect(receiver.requests).toHaveLength(1);
    expect(await deliveries(suite.hub, suite.ws, endpoint.id)).toHaveLength(1);
  });
});
