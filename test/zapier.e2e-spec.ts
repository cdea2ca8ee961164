import { Types } from 'mongoose';
import { Webhook } from 'standardwebhooks';
import { describeWithHub } from './support/describe-with-hub';
import { callCompleted } from './support/fixtures';
import { HubRecords } from './support/hub-records';
import { waitFor } from './support/hub-test-app';
import { createEndpoint } from './support/webhook-fixtures';
import { WebhookReceiver } from './support/webhook-receiver';

const hubOptions = {
  label: 'zapier',
  config: { allowPrivateUrls: true, webhookRetryScheduleSec: [0, 1, 1], webhookTimeoutMs: 2000 },
  workspaceName: 'Lopez & Partners',
};

describeWithHub('Zapier REST hooks', hubOptions, (suite) => {
  let zap: WebhookReceiver;
  let records: HubRecords;

  beforeAll(async () => {
    records = await HubRecords.open(suite.hub.config.mongodbUri!);
  });
  beforeEach(async () => {
    zap = await WebhookReceiver.start();
  });
  afterEach(() => zap.close());
  afterAll(() => records.close());

  const postEvent = async (event: ReturnType<typeof callCompleted>) =>
    suite.hub.http.post('/v1/events').set(suite.ws.auth).send(event).expect(202);
  /** Once the event is processed its messages exist; once none of them is due, no request for it can still arrive. */
  const settled = async (eventId: string, subscriptionId: string) => {
    await waitFor(async () => (await suite.hub.http.get(`/v1/events/${eventId}`).set(suite.ws.auth)).body.state === 'processed');
    const due = { destinationKind: 'zapier', destinationId: new Types.ObjectId(subscriptionId), status: 'pending' };
    await waitFor(async () => (await records.count('webhook_messages', due)) === 0);
  };
  const subscriptionExists = async (id: string) => (await records.count('zapier_subscriptions', { _id: new Types.ObjectId(id) })) === 1;

  it('answers the auth test with the workspace and key', async () => {
    const res = await suite.hub.http.get('/v1/zapier/me').set(suite.ws.auth).expect(200);
    expect(res.body.workspace.name).toBe('Lopez & Partners');
    expect(res.body.label).toContain('Lopez & Partners');
    expect(res.body.key.label).toEqual(expect.any(String));
    await suite.hub.http.get('/v1/zapier/me').expect(401);
  });

  it('gives the catalog sample while the workspace has no events of the type', async () => {
    const res = await suite.hub.http.get('/v1/zapier/samples/form.completed').set(suite.ws.auth).expect(200);
    expect(res.body).toHaveLength(1);
    expect(res.body[0]).toMatchObject({ type: 'form.completed', id: expect.any(String) });
    await suite.hub.http.get('/v1/zapier/samples/call.exploded').set(suite.ws.auth).expect(404);
  });

  it('subscribes, delivers posted events in the sample shape, and lists them newest first', async () => {
    const sub = await suite.hub.http
      .post('/v1/zapier/hooks')
      .set(suite.ws.auth)
      .send({ targetUrl: zap.url(), event: 'call.completed', campaignId: suite.campaign })
      .expect(201);
    expect(sub.body).toEqual({ id: expect.any(String) });
    const first = callCompleted(suite.campaign);
    const second = callCompleted(suite.campaign, {}, { status: 'converted' });
    await postEvent(first);
    await postEvent(second);
    const formCompleted = { ...callCompleted(suite.campaign), type: 'form.completed', data: { form: { id: 'f1', status: 'completed' } } };
    await postEvent(formCompleted as never);
    const requests = await zap.waitForRequests(2);
    for (const event of [first, second, formCompleted]) await settled(event.id, sub.body.id);
    expect(zap.requests).toHaveLength(2);
    const delivered = requests.map((r) => JSON.parse(r.body));
    expect(delivered.map((d) => d.id).sort()).toEqual([first.id, second.id].sort());
    const samples = (await suite.hub.http.get('/v1/zapier/samples/call.completed').set(suite.ws.auth).expect(200)).body;
    expect(samples.slice(0, 2).map((s: { id: string }) => s.id)).toEqual([second.id, first.id]);
    expect(samples[1]).toEqual(delivered.find((d) => d.id === first.id));
    expect(samples[1]).toMatchObject({
      type: 'call.completed',
      campaignId: suite.campaign,
      contact: { id: 'c_42' },
      data: { call: { status: 'unsuccessful' } },
    });
  });

  it('drops the subscription when the hook answers 410, and stops sending', async () => {
    zap.respondWith(() => ({ status: 410 }));
    const sub = await suite.hub.http
      .post('/v1/zapier/hooks')
      .set(suite.ws.auth)
      .send({ targetUrl: zap.url(), event: 'call.completed' })
      .expect(201);
    expect(await subscriptionExists(sub.body.id)).toBe(true);
    await postEvent(callCompleted(suite.campaign));
    await zap.waitForRequests(1);
    // Read, not deleted here: only the hub's reaction to the 410 may remove it.
    await waitFor(async () => !(await subscriptionExists(sub.body.id)));
    const next = callCompleted(suite.campaign);
    await postEvent(next);
    await settled(next.id, sub.body.id);
    expect(zap.requests).toHaveLength(1);
  });

  it('unsubscribes', async () => {
    const sub = await suite.hub.http
      .post('/v1/zapier/hooks')
      .set(suite.ws.auth)
      .send({ targetUrl: zap.url(), event: 'handoff.requested' })
      .expect(201);
    await suite.hub.http.delete(`/v1/zapier/hooks/${sub.body.id}`).set(suite.ws.auth).expect(204);
    await suite.hub.http.delete(`/v1/zapier/hooks/${sub.body.id}`).set(suite.ws.auth).expect(404);
  });

  it('takes an event posted to /v1/events through processing to a signed webhook delivery', async () => {
    const endpoint = await createEndpoint(suite.hub, suite.ws, {
      url: zap.url('/firm'),
      eventTypes: ['call.completed'],
      campaignIds: [suite.campaign],
    });
    const event = callCompleted(suite.campaign);
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
