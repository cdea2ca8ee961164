import { describeWithHub } from './support/describe-with-hub';
import { waitFor } from './support/hub-test-app';
import { createEndpoint, dispatch } from './support/webhook-fixtures';
import { WebhookReceiver } from './support/webhook-receiver';

const hubOptions = {
  label: 'webhooks-resilience',
  config: {
    allowPrivateUrls: true,
    webhookRetryScheduleSec: [0, 1, 1, 1, 1, 1, 1, 1],
    webhookTimeoutMs: 4000,
    webhookDisableAfterMs: 2500,
    webhookConcurrency: 20,
  },
  campaign: false as const,
};

describeWithHub('webhook throughput and isolation', hubOptions, (suite) => {
  it('keeps an endpoint under its rate limit', async () => {
    const receiver = await WebhookReceiver.start();
    await createEndpoint(suite.hub, suite.ws, { url: receiver.url(), rateLimitPerSecond: 2 });
    for (let i = 0; i < 6; i++) await dispatch(suite.hub, suite.ws);
    const requests = await receiver.waitForRequests(6, 15_000);
    const times = requests.map((r) => r.receivedAt).sort((a, b) => a - b);
    // 6 requests at 2 per second need at least three one-second windows.
    expect(times[5] - times[0]).toBeGreaterThanOrEqual(1800);
    for (let i = 2; i < times.length; i++) expect(times[i] - times[i - 2]).toBeGreaterThanOrEqual(900);
    await receiver.close();
  });

  it('delivers to a healthy endpoint promptly while a dead one hangs every request', async () => {
    const dead = await WebhookReceiver.start(() => ({ status: 200, delayMs: Infinity }));
    const healthy = await WebhookReceiver.start();
    await createEndpoint(suite.hub, suite.ws, { url: dead.url(), eventTypes: ['message.received'] });
    await Promise.all(Array.from({ length: 40 }, () => dispatch(suite.hub, suite.ws, { type: 'message.received' })));
    await dead.waitForRequests(3);
    await createEndpoint(suite.hub, suite.ws, { url: healthy.url(), eventTypes: ['form.completed'] });
    const started = Date.now();
    await Promise.all(Array.from({ length: 10 }, () => dispatch(suite.hub, suite.ws, { type: 'form.completed' })));
    await healthy.waitForRequests(10, 10_000);
    // The dead endpoint holds each request 4 s: 40 of them in 20 shared slots would hold the healthy one back 8 s.
    expect(Date.now() - started).toBeLessThan(3000);
    await Promise.all([dead.close(), healthy.close()]);
  });

  it('disables an endpoint that failed every attempt over the window and records the event', async () => {
    const receiver = await WebhookReceiver.start(() => ({ status: 503 }));
    const endpoint = await createEndpoint(suite.hub, suite.ws, { url: receiver.url(), eventTypes: ['handoff.requested'] });
    await dispatch(suite.hub, suite.ws, { type: 'handoff.requested' });
    const disabled = await waitFor(async () => {
      const res = await suite.hub.http.get(`/v1/webhooks/endpoints/${endpoint.id}`).set(suite.ws.auth).expect(200);
      return res.body.enabled === false && res.body;
    }, 15_000);
    expect(disabled.disabledReason).toMatch(/failed since/);
    const stored = await waitFor(async () => {
      const res = await suite.hub.http.get('/v1/zapier/samples/webhook.endpoint_disabled').set(suite.ws.auth).expect(200);
      return res.body.find((e: { data?: { endpoint?: { id: string } } }) => e.data?.endpoint?.id === endpoint.id);
    });
    expect(stored).toMatchObject({ type: 'webhook.endpoint_disabled', data: { endpoint: { url: receiver.url() } } });
    const enabled = await suite.hub.http
      .patch(`/v1/webhooks/endpoints/${endpoint.id}`)
      .set(suite.ws.auth)
      .send({ enabled: true })
      .expect(200);
    expect(enabled.body).toMatchObject({ enabled: true, failingSince: null, disabledReason: null });
    await receiver.close();
  });
});
