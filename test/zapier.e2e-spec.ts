import { Webhook } from 'standardwebhooks';
import { callCompleted, createCampaign, createWorkspace, TestWorkspace } from './support/fixtures';
import { startHub, TestHub, waitFor } from './support/hub-test-app';
import { createEndpoint } from './support/webhook-fixtures';
import { WebhookReceiver } from './support/webhook-receiver';

describe('Zapier REST hooks', () => {
  let hub: TestHub;
  let ws: TestWorkspace;
  let campaign: string;
  let zap: WebhookReceiver;

  beforeAll(async () => {
    hub = await startHub('zapier', { config: { allowPrivateUrls: true, webhookRetryScheduleSec: [0, 1, 1], webhookTimeoutMs: 2000 } });
    ws = await createWorkspace(hub, 'Lopez & Partners');
    campaign = await createCampaign(hub, ws);
  });
  beforeEach(async () => {
    zap = await WebhookReceiver.start();
  });
  afterEach(() => zap.close());
  afterAll(() => hub.close());

  const postEvent = async (event: ReturnType<typeof callCompleted>) => hub.http.post('/v1/events').set(ws.auth).send(event).expect(202);

  it('answers the auth test with the workspace and key', async () => {
    const res = await hub.http.get('/v1/zapier/me').set(ws.auth).expect(200);
    expect(res.body.workspace.name).toBe('Lopez & Partners');
    expect(res.body.label).toContain('Lopez & Partners');
    expect(res.body.key.label).toEqual(expect.any(String));
    await hub.http.get('/v1/zapier/me').expect(401);
  });

  it('gives the catalog sample while the workspace has no events of the type', async () => {
    const res = await hub.http.get('/v1/zapier/samples/form.completed').set(ws.auth).expect(200);
    expect(res.body).toHaveLength(1);
    expect(res.body[0]).toMatchObject({ type: 'form.completed', id: expect.any(String) });
    await hub.http.get('/v1/zapier/samples/call.exploded').set(ws.auth).expect(404);
  });

  it('subscribes, delivers posted events in the sample shape, and lists them newest first', async () => {
    const sub = await hub.http
      .post('/v1/zapier/hooks')
      .set(ws.auth)
      .send({ targetUrl: zap.url(), event: 'call.completed', campaignId: campaign })
      .expect(201);
    expect(sub.body).toEqual({ id: expect.any(String) });
    const first = callCompleted(campaign);
    const second = callCompleted(campaign, {}, { status: 'converted' });
    await postEvent(first);
    await postEvent(second);
    await postEvent({ ...callCompleted(campaign), type: 'form.completed', data: { form: { id: 'f1', status: 'completed' } } } as never);
    const requests = await zap.waitForRequests(2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(zap.requests).toHaveLength(2);
    const delivered = requests.map((r) => JSON.parse(r.body));
    expect(delivered.map((d) => d.id).sort()).toEqual([first.id, second.id].sort());
    const samples = (await hub.http.get('/v1/zapier/samples/call.completed').set(ws.auth).expect(200)).body;
    expect(samples.slice(0, 2).map((s: { id: string }) => s.id)).toEqual([second.id, first.id]);
    expect(samples[1]).toEqual(delivered.find((d) => d.id === first.id));
    expect(samples[1]).toMatchObject({
      type: 'call.completed',
      campaignId: campaign,
      contact: { id: 'c_42' },
      data: { call: { status: 'unsuccessful' } },
    });
  });

  it('drops the subscription when the hook answers 410, and stops sending', async () => {
    zap.respondWith(() => ({ status: 410 }));
    const sub = await hub.http.post('/v1/zapier/hooks').set(ws.auth).send({ targetUrl: zap.url(), event: 'call.completed' }).expect(201);
    await postEvent(callCompleted(campaign));
    await zap.waitForRequests(1);
    await waitFor(async () => (await hub.http.delete(`/v1/zapier/hooks/${sub.body.id}`).set(ws.auth)).status === 404);
    await postEvent(callCompleted(campaign));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(zap.requests).toHaveLength(1);
  });

  it('unsubscribes', async () => {
    const sub = await hub.http.post('/v1/zapier/hooks').set(ws.auth).send({ targetUrl: zap.url(), event: 'handoff.requested' }).expect(201);
    await hub.http.delete(`/v1/zapier/hooks/${sub.body.id}`).set(ws.auth).expect(204);
    await hub.http.delete(`/v1/zapier/hooks/${sub.body.id}`).set(ws.auth).expect(404);
  });

  it('takes an event posted to /v1/events through processing to a signed webhook delivery', async () => {
    const endpoint = await createEndpoint(hub, ws, { url: zap.url('/firm'), eventTypes: ['call.completed'], campaignIds: [campaign] });
    const event = callCompleted(campaign);
    await postEvent(event);
    const [request] = await zap.waitForRequests(1);
    const headers = {
      'webhook-id': String(request.headers['webhook-id']),
      'webhook-timestamp': String(request.headers['webhook-timestamp']),
      'webhook-signature': String(request.headers['webhook-signature']),
    };
    expect(new Webhook(endpoint.secret).verify(request.body, headers)).toMatchObject({
      type: 'call.completed',
      timestamp: event.occurredAt,
      data: { id: event.id },
    });
  });
});
