import { createKey, bearer, createWorkspace, TestWorkspace } from './support/fixtures';
import { startHub, TestHub, waitFor } from './support/hub-test-app';
import { createEndpoint, deliveries, dispatch } from './support/webhook-fixtures';
import { WebhookReceiver } from './support/webhook-receiver';

describe('webhook endpoints admin', () => {
  let hub: TestHub;
  let ws: TestWorkspace;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    hub = await startHub('webhooks-admin', { config: { allowPrivateUrls: true, webhookRetryScheduleSec: [0, 1], webhookTimeoutMs: 2000 } });
    ws = await createWorkspace(hub);
    receiver = await WebhookReceiver.start();
  });
  afterAll(async () => {
    await receiver.close();
    await hub.close();
  });

  it('creates, lists, reads, updates and deletes endpoints; the secret shows only at creation and on reveal', async () => {
    const created = await hub.http
      .post('/v1/webhooks/endpoints')
      .set(ws.auth)
      .send({ url: receiver.url(), description: 'CRM bridge', eventTypes: ['call.completed'], rateLimitPerSecond: 5 })
      .expect(201);
    expect(created.body).toMatchObject({
      url: receiver.url(),
      description: 'CRM bridge',
      eventTypes: ['call.completed'],
      campaignIds: [],
      enabled: true,
      rateLimitPerSecond: 5,
    });
    expect(Buffer.from(created.body.secret.slice(6), 'base64').length).toBeGreaterThanOrEqual(24);
    const id = created.body.id;
    const list = await hub.http.get('/v1/webhooks/endpoints').set(ws.auth).expect(200);
    expect(list.body.data.map((e: { id: string }) => e.id)).toContain(id);
    expect(JSON.stringify(list.body)).not.toContain(created.body.secret.slice(6));
    const one = await hub.http.get(`/v1/webhooks/endpoints/${id}`).set(ws.auth).expect(200);
    expect(one.body.secret).toBeUndefined();
    const revealed = await hub.http.post(`/v1/webhooks/endpoints/${id}/reveal-secret`).set(ws.auth).expect(200);
    expect(revealed.body.secret).toBe(created.body.secret);
    const patched = await hub.http.patch(`/v1/webhooks/endpoints/${id}`).set(ws.auth).send({ enabled: false, eventTypes: [] }).expect(200);
    expect(patched.body).toMatchObject({ enabled: false, eventTypes: [] });
    await hub.http.delete(`/v1/webhooks/endpoints/${id}`).set(ws.auth).expect(204);
    await hub.http.get(`/v1/webhooks/endpoints/${id}`).set(ws.auth).expect(404);
  });

  it('validates input and answers the error shape', async () => {
    const res = await hub.http
      .post('/v1/webhooks/endpoints')
      .set(ws.auth)
      .send({ url: 'nope', eventTypes: ['call.exploded'], extra: 1 })
      .expect(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining(['url', 'eventTypes']));
  });

  it('is for admins only, and keeps workspaces apart', async () => {
    const viewer = await createKey(hub, ws, 'viewer');
    await hub.http.get('/v1/webhooks/endpoints').set(bearer(viewer)).expect(403);
    const endpoint = await createEndpoint(hub, ws, { url: receiver.url() });
    const other = await createWorkspace(hub, 'Other Firm');
    await hub.http.get(`/v1/webhooks/endpoints/${endpoint.id}`).set(other.auth).expect(404);
    await hub.http.post(`/v1/webhooks/endpoints/${endpoint.id}/reveal-secret`).set(other.auth).expect(404);
  });

  it('sends a test ping and answers the attempt', async () => {
    const endpoint = await createEndpoint(hub, ws, { url: receiver.url('/ping'), eventTypes: ['form.completed'] });
    const res = await hub.http.post(`/v1/webhooks/endpoints/${endpoint.id}/test`).set(ws.auth).expect(200);
    expect(res.body).toMatchObject({ trigger: 'manual', success: true, statusCode: 200, responseExcerpt: 'ok' });
    const ping = receiver.requests.find((r) => r.path === '/ping')!;
    expect(JSON.parse(ping.body)).toMatchObject({ type: 'webhook.test', data: { type: 'webhook.test' } });
    const [message] = await deliveries(hub, ws, endpoint.id);
    expect(message).toMatchObject({ eventType: 'webhook.test', status: 'succeeded' });
  });

  it('resends one message and recovers every failed one since a time, with manual attempts', async () => {
    let up = false;
    receiver.respondWith(() => (up ? { status: 200 } : { status: 500 }));
    const endpoint = await createEndpoint(hub, ws, { url: receiver.url('/flaky') });
    const since = new Date().toISOString();
    await dispatch(hub, ws);
    await dispatch(hub, ws);
    const failed = await waitFor(async () => {
      const list = await deliveries(hub, ws, endpoint.id);
      return list.length === 2 && list.every((m: { status: string }) => m.status === 'failed') && list;
    });
    up = true;
    await hub.http.post(`/v1/webhooks/messages/${failed[0].id}/resend`).set(ws.auth).expect(202);
    await waitFor(async () =>
      (await deliveries(hub, ws, endpoint.id)).find(
        (m: { id: string; status: string }) => m.id === failed[0].id && m.status === 'succeeded',
      ),
    );
    const recovered = await hub.http.post(`/v1/webhooks/endpoints/${endpoint.id}/recover`).set(ws.auth).send({ since }).expect(202);
    expect(recovered.body).toEqual({ queued: 1 });
    const done = await waitFor(async () => {
      const list = await deliveries(hub, ws, endpoint.id);
      return list.every((m: { status: string }) => m.status === 'succeeded') && list;
    });
    const last = done.find((m: { id: string }) => m.id === failed[1].id);
    expect(last.attempts.map((a: { trigger: string }) => a.trigger)).toEqual(['scheduled', 'scheduled', 'manual']);
    const ids = receiver.requests.filter((r) => r.path === '/flaky').map((r) => r.headers['webhook-id']);
    expect(new Set(ids).size).toBe(2);
    receiver.respondWith(() => ({ status: 200, body: 'ok' }));
  });
});

describe('webhook address checks', () => {
  let hub: TestHub;
  let ws: TestWorkspace;

  beforeAll(async () => {
    hub = await startHub('webhooks-ssrf', { config: { allowPrivateUrls: false } });
    ws = await createWorkspace(hub);
  });
  afterAll(() => hub.close());

  it.each([
    ['http://127.0.0.1:9/hook', 'private_address'],
    ['http://localhost/hook', 'private_address'],
    ['http://[::1]/hook', 'private_address'],
    ['http://169.254.169.254/latest/meta-data', 'private_address'],
    ['http://10.0.0.7/hook', 'private_address'],
    ['http://[fd12::1]/hook', 'private_address'],
    ['http://[::ffff:127.0.0.1]/hook', 'private_address'],
  ])('refuses %s at save time', async (url, code) => {
    const res = await hub.http.post('/v1/webhooks/endpoints').set(ws.auth).send({ url }).expect(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ field: 'url', code })]);
  });

  it('refuses non-http schemes', async () => {
    const res = await hub.http.post('/v1/webhooks/endpoints').set(ws.auth).send({ url: 'ftp://files.example.com/x' }).expect(400);
    expect(res.body.error.details[0].field).toBe('url');
  });

  it('refuses a private URL on update and for Zapier hooks too', async () => {
    // A public address literal: accepted without a DNS look-up, and no event is ever sent to it here.
    const endpoint = await createEndpoint(hub, ws, { url: 'https://93.184.216.34/kayse' });
    await hub.http.patch(`/v1/webhooks/endpoints/${endpoint.id}`).set(ws.auth).send({ url: 'http://127.0.0.1/x' }).expect(400);
    await hub.http
      .post('/v1/zapier/hooks')
      .set(ws.auth)
      .send({ targetUrl: 'http://192.168.0.10/hook', event: 'call.completed' })
      .expect(400);
  });
});
