import { bearer, callCompleted, createCampaign, createKey, createWorkspace, TestWorkspace } from './support/fixtures';
import { startHub, TestHub, waitFor } from './support/hub-test-app';

describe('workspaces, API keys, roles and isolation', () => {
  let hub: TestHub;
  let a: TestWorkspace;
  let b: TestWorkspace;
  let campaignA: string;

  beforeAll(async () => {
    hub = await startHub('tenancy');
    a = await createWorkspace(hub, 'Firm A');
    b = await createWorkspace(hub, 'Firm B');
    campaignA = await createCampaign(hub, a, { form: { id: 'form_1', name: 'Intake' } });
  });
  afterAll(() => hub.close());

  it('creates a workspace only with the platform admin token, and shows its admin key once', async () => {
    await hub.http.post('/v1/workspaces').send({ name: 'X' }).expect(401);
    await hub.http.post('/v1/workspaces').set(bearer('wrong')).send({ name: 'X' }).expect(401);
    await hub.http.post('/v1/workspaces').set(a.auth).send({ name: 'X' }).expect(401);
    const res = await hub.http.post('/v1/workspaces').set(bearer(hub.adminToken)).send({ name: 'New Firm' }).expect(201);
    expect(res.body.workspace).toMatchObject({ name: 'New Firm' });
    expect(res.body.apiKey.key).toMatch(/^kh_/);
    expect(res.body.apiKey.role).toBe('admin');
    const list = await hub.http.get('/v1/api-keys').set(bearer(res.body.apiKey.key)).expect(200);
    expect(JSON.stringify(list.body)).not.toContain(res.body.apiKey.key);
    expect(list.body.data[0]).toMatchObject({ role: 'admin', prefix: res.body.apiKey.key.slice(0, 9) });
  });

  it('validates workspace creation input', async () => {
    const res = await hub.http.post('/v1/workspaces').set(bearer(hub.adminToken)).send({ name: '' }).expect(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details[0].field).toBe('name');
  });

  it('creates, lists and deletes API keys; a deleted key stops working', async () => {
    const key = await createKey(hub, a, 'viewer');
    await hub.http.get('/v1/campaigns').set(bearer(key)).expect(200);
    const list = await hub.http.get('/v1/api-keys').set(a.auth).expect(200);
    const id = list.body.data.find((k: { role: string }) => k.role === 'viewer').id;
    await hub.http.delete(`/v1/api-keys/${id}`).set(a.auth).expect(204);
    await hub.http.get('/v1/campaigns').set(bearer(key)).expect(401);
    await hub.http.delete(`/v1/api-keys/${id}`).set(a.auth).expect(404);
  });

  it('refuses a key for an unknown role or a campaign of another workspace', async () => {
    const role = await hub.http.post('/v1/api-keys').set(a.auth).send({ label: 'x', role: 'owner' }).expect(400);
    expect(role.body.error.details[0].field).toBe('role');
    const foreign = await createCampaign(hub, b);
    const scoped = await hub.http
      .post('/v1/api-keys')
      .set(a.auth)
      .send({ label: 'x', role: 'viewer', campaignIds: [foreign] })
      .expect(400);
    expect(scoped.body.error.details[0]).toMatchObject({ field: 'campaignIds', code: 'unknown_campaign' });
  });

  describe('roles', () => {
    let keys: Record<string, string>;
    beforeAll(async () => {
      keys = {
        admin: a.adminKey,
        editor: await createKey(hub, a, 'editor'),
        viewer: await createKey(hub, a, 'viewer'),
        ingest: await createKey(hub, a, 'ingest'),
      };
    });

    const cases: Array<[string, string, (key: string) => Promise<{ status: number }>, number]> = [];
    const call = (role: string, what: string, fn: (key: string) => Promise<{ status: number }>, status: number) =>
      cases.push([role, what, fn, status]);
    for (const role of ['admin', 'editor', 'viewer', 'ingest']) {
      const canRead = role !== 'ingest';
      call(role, 'GET /v1/campaigns', (k) => hub.http.get('/v1/campaigns').set(bearer(k)), canRead ? 200 : 403);
      call(
        role,
        'POST /v1/campaigns',
        (k) => hub.http.post('/v1/campaigns').set(bearer(k)).send({ name: 'c' }),
        role === 'admin' ? 201 : 403,
      );
      call(role, 'GET /v1/api-keys', (k) => hub.http.get('/v1/api-keys').set(bearer(k)), role === 'admin' ? 200 : 403);
      call(
        role,
        'POST /v1/events',
        (k) => hub.http.post('/v1/events').set(bearer(k)).send(callCompleted(campaignA)),
        ['admin', 'ingest'].includes(role) ? 202 : 403,
      );
      call(role, 'GET /v1/workspace', (k) => hub.http.get('/v1/workspace').set(bearer(k)), canRead ? 200 : 403);
    }

    it.each(cases.map(([role, what, , status]) => [role, what, status]))('%s: %s → %s', async (role, what, status) => {
      const [, , fn] = cases.find(([r, w]) => r === role && w === what)!;
      const res = await fn(keys[role]);
      expect(res.status).toBe(status);
      if (status === 403) expect((res as unknown as { body: { error: { code: string } } }).body.error.code).toBe('forbidden');
    });

    it('answers 401 without a key or with an unknown one', async () => {
      const none = await hub.http.get('/v1/campaigns').expect(401);
      expect(none.body.error.code).toBe('unauthenticated');
      await hub.http.get('/v1/campaigns').set(bearer('kh_nope')).expect(401);
      await hub.http.get('/v1/campaigns').set({ Authorization: 'Basic abc' }).expect(401);
    });
  });

  it('gives workspace B a 404 for workspace A campaign, event and key', async () => {
    const event = callCompleted(campaignA);
    await hub.http.post('/v1/events').set(a.auth).send(event).expect(202);
    await hub.http.get(`/v1/campaigns/${campaignA}`).set(a.auth).expect(200);
    await hub.http.get(`/v1/campaigns/${campaignA}`).set(b.auth).expect(404);
    await hub.http.patch(`/v1/campaigns/${campaignA}`).set(b.auth).send({ name: 'stolen' }).expect(404);
    await hub.http.get(`/v1/events/${event.id}`).set(a.auth).expect(200);
    await hub.http.get(`/v1/events/${event.id}`).set(b.auth).expect(404);
    const posted = await hub.http.post('/v1/events').set(b.auth).send(callCompleted(campaignA)).expect(400);
    expect(posted.body.error.details[0]).toMatchObject({ field: 'campaignId', code: 'unknown_campaign' });
    const keysOfA = await hub.http.get('/v1/api-keys').set(a.auth).expect(200);
    await hub.http.delete(`/v1/api-keys/${keysOfA.body.data[0].id}`).set(b.auth).expect(404);
    const listB = await hub.http.get('/v1/campaigns').set(b.auth).expect(200);
    expect(listB.body.data.map((c: { id: string }) => c.id)).not.toContain(campaignA);
  });

  it('limits a key to its campaigns: the others are 404', async () => {
    const other = await createCampaign(hub, a, { name: 'Other' });
    const limited = await createKey(hub, a, 'viewer', [campaignA]);
    await hub.http.get(`/v1/campaigns/${campaignA}`).set(bearer(limited)).expect(200);
    await hub.http.get(`/v1/campaigns/${other}`).set(bearer(limited)).expect(404);
    const list = await hub.http.get('/v1/campaigns').set(bearer(limited)).expect(200);
    expect(list.body.data.map((c: { id: string }) => c.id)).toEqual([campaignA]);
    const ingest = await createKey(hub, a, 'ingest', [campaignA]);
    await hub.http.post('/v1/events').set(bearer(ingest)).send(callCompleted(other)).expect(400);
    const ok = callCompleted(campaignA);
    await hub.http.post('/v1/events').set(bearer(ingest)).send(ok).expect(202);
    const otherEvent = callCompleted(other);
    await hub.http.post('/v1/events').set(a.auth).send(otherEvent).expect(202);
    await hub.http.get(`/v1/events/${otherEvent.id}`).set(bearer(limited)).expect(404);
    await waitFor(async () => (await hub.http.get(`/v1/events/${ok.id}`).set(bearer(limited))).body.state === 'processed');
  });

  it('creates and updates campaigns with a linked form or none', async () => {
    const res = await hub.http
      .post('/v1/campaigns')
      .set(a.auth)
      .send({ name: 'PI', form: { id: 'f9', name: 'PI intake' } })
      .expect(201);
    expect(res.body).toMatchObject({ name: 'PI', status: 'active', form: { id: 'f9', name: 'PI intake' } });
    const patched = await hub.http.patch(`/v1/campaigns/${res.body.id}`).set(a.auth).send({ form: null, status: 'paused' }).expect(200);
    expect(patched.body).toMatchObject({ form: null, status: 'paused' });
    const bad = await hub.http
      .post('/v1/campaigns')
      .set(a.auth)
      .send({ name: 'x', form: { id: '' } })
      .expect(400);
    expect(bad.body.error.details.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining(['form.id', 'form.name']));
    await hub.http.get('/v1/campaigns/not-an-id').set(a.auth).expect(404);
  });
});
