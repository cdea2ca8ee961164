import mongoose from 'mongoose';
import { PassThrough } from 'node:stream';
import { FAKE_LAWRULER_KEY, FakeLawRuler, startFakeLawRuler } from '../../connectors/lawruler/test/fake-lawruler.server';
import { FAKE_SMARTADVOCATE_USER, FakeSmartAdvocate, startFakeSmartAdvocate } from '../../connectors/smartadvocate/test/fake-smartadvocate.server';
import { bearer, createCampaign, createKey, createWorkspace, TestWorkspace } from '../support/fixtures';
import { startHub, TestHub } from '../support/hub-test-app';
import { events, waitForRuns } from '../support/workflow-helpers';

const LR_CREDENTIALS = { username: 'kayse-lr-user', password: 'Lr-Secret-Passw0rd!', clientRoot: 'smithjones', clientSecret: 'lr-client-secret-77x', key: FAKE_LAWRULER_KEY };
const SA_CREDENTIALS = { username: FAKE_SMARTADVOCATE_USER.username, password: FAKE_SMARTADVOCATE_USER.password };
const SECRETS = [LR_CREDENTIALS.password, LR_CREDENTIALS.clientSecret, LR_CREDENTIALS.key, SA_CREDENTIALS.password];

describe('CRM connection and mapping, with LawRuler and SmartAdvocate fakes', () => {
  let hub: TestHub;
  let sa: FakeSmartAdvocate;
  let lr: FakeLawRuler;
  const logs: string[] = [];
  const responses: string[] = [];

  beforeAll(async () => {
    sa = await startFakeSmartAdvocate({ inferred: 'all' });
    lr = await startFakeLawRuler();
    const logStream = new PassThrough();
    logStream.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    hub = await startHub('crm', { config: { logStream, logLevel: 'debug', actionAttempts: 2, actionBackoffMs: 50 } });
  });
  afterAll(async () => {
    await hub.close();
    await Promise.all([sa.close(), lr.close()]);
  });

  /** Every response body of the suite is kept, to check that no secret ever comes back. */
  const record = <T extends { text: string }>(res: T): T => {
    responses.push(res.text);
    return res;
  };
  const connect = async (ws: TestWorkspace, body: object, status: number) => record(await hub.http.put('/v1/crm-connection').set(ws.auth).send(body).expect(status));

  it('lists the providers and refuses bad input with the field at fault', async () => {
    const ws = await createWorkspace(hub);
    const providers = await hub.http.get('/v1/crm-connection/providers').set(ws.auth).expect(200);
    expect(providers.body.data.map((p: { key: string }) => p.key).sort()).toEqual(['lawruler', 'smartadvocate']);
    expect((await connect(ws, { provider: 'salesforce', baseUrl: sa.url, credentials: {} }, 400)).body.error.details[0]).toMatchObject({ field: 'provider', code: 'unknown_provider' });
    const missing = await connect(ws, { provider: 'smartadvocate', baseUrl: sa.url, credentials: { username: 'x' } }, 400);
    expect(missing.body.error.details.map((d: { field: string }) => d.field)).toContain('credentials.password');
    const testLead = await connect(ws, { provider: 'lawruler', baseUrl: lr.url, credentials: { ...LR_CREDENTIALS, testLeadId: '999999' } }, 400);
    expect(testLead.body.error.details[0]).toMatchObject({ field: 'credentials.testLeadId', code: 'crm_refused' });
    expect((await connect(ws, { provider: 'smartadvocate', baseUrl: 'ftp://example.com/', credentials: SA_CREDENTIALS }, 400)).body.error.details[0]).toMatchObject({ field: 'baseUrl', code: 'unsupported_scheme' });
    const wrong = await connect(ws, { provider: 'smartadvocate', baseUrl: sa.url, credentials: { ...SA_CREDENTIALS, password: 'Not-The-Passw0rd' } }, 422);
    expect(wrong.body.error.code).toBe('crm_invalid_credentials');
    expect(wrong.text).not.toContain('Not-The-Passw0rd');
    await hub.http.get('/v1/crm-connection').set(ws.auth).expect(404);
    const viewer = bearer(await createKey(hub, ws, 'editor'));
    await hub.http.put('/v1/crm-connection').set(viewer).send({ provider: 'smartadvocate', baseUrl: sa.url, credentials: SA_CREDENTIALS }).expect(403);
  });

  it('refuses a loopback base URL unless private URLs are allowed', async () => {
    const strict = await startHub('crm_strict', { config: { allowPrivateUrls: false } });
    try {
      const ws = await createWorkspace(strict);
      const res = await strict.http.put('/v1/crm-connection').set(ws.auth).send({ provider: 'smartadvocate', baseUrl: sa.url, credentials: SA_CREDENTIALS }).expect(400);
      expect(res.body.error.details[0]).toMatchObject({ field: 'baseUrl', code: 'private_address' });
    } finally {
      await strict.close();
    }
  });

  it('SmartAdvocate: connects, stores the credentials encrypted, syncs statuses, and a workflow updates the case and posts the note', async () => {
    const ws = await createWorkspace(hub);
    const connected = await connect(ws, { provider: 'smartadvocate', baseUrl: sa.url, credentials: SA_CREDENTIALS }, 200);
    expect(connected.body).toMatchObject({ provider: 'smartadvocate', status: 'connected', credentials: { username: SA_CREDENTIALS.username } });
    expect(connected.body.credentials.password).toMatch(/^••••/);
    expect(connected.body.mapping.statuses.map((s: { id: string; name: string }) => [s.id, s.name])).toEqual(expect.arrayContaining([['828', 'Retained'], ['901', 'New Lead']]));
    expect(connected.body.mapping.noteTypes.length).toBeGreaterThan(0);
    record(await hub.http.get('/v1/crm-connection').set(ws.auth).expect(200));

    const db = await mongoose.createConnection(hub.config.mongodbUri!).asPromise();
    const stored = await db.collection('crm_connections').findOne({});
    await db.close();
    expect(JSON.stringify(stored)).not.toContain(SA_CREDENTIALS.password);
    expect(stored?.credentialsEncrypted).toMatch(/^v1\./);

    const campaign = await createCampaign(hub, ws, { name: 'SA campaign' });
    await hub.http.post(`/v1/campaigns/${campaign}/workflows`).set(ws.auth).send({
      name: 'Signed',
      trigger: { type: 'post_call_status', values: ['converted'] },
      actions: [{ type: 'update_crm_status', statusId: '902' }, { type: 'post_crm_note' }],
    }).expect(201);
    const event = events.call(campaign, 'k_sa', 'converted', '7001350');
    await hub.http.post('/v1/events').set(ws.auth).send(event).expect(202);
    const [run] = await waitForRuns(hub, ws.auth, campaign, event.id);
    expect(run.actions.map((a) => a.status)).toEqual(['succeeded', 'succeeded']);
    expect(sa.state.cases.find((c) => c.caseNumber === '7001350')!.caseStatusID).toBe(902);
    const note = sa.state.notes.filter((n) => n.caseNumber === '7001350').at(-1);
    expect(note?.noteText).toContain('Call completed: Converted');
  });

  it('LawRuler: connects, syncs statuses where the portal lists them, and a workflow updates the lead status and adds the note', async () => {
    const ws = await createWorkspace(hub);
    lr.state.switches.supportsGetStatuses = true;
    const connected = await connect(ws, { provider: 'lawruler', baseUrl: lr.url, credentials: LR_CREDENTIALS }, 200);
    lr.state.switches.supportsGetStatuses = false;
    expect(connected.body.credentials).toMatchObject({ username: LR_CREDENTIALS.username, clientRoot: 'smithjones' });
    for (const field of ['password', 'clientSecret', 'key']) expect(connected.body.credentials[field]).toMatch(/^••••/);
    expect(connected.body.mapping.statuses.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(['40', '41', '99']));

    const campaign = await createCampaign(hub, ws, { name: 'LR campaign' });
    await hub.http.post(`/v1/campaigns/${campaign}/workflows`).set(ws.auth).send({
      name: 'Sign up',
      trigger: { type: 'post_call_status', values: ['converted'] },
      actions: [{ type: 'update_crm_status', statusId: '41' }],
      crmNote: 'Kayse AI: {{contact.name}} converted on {{event.occurredAt}}',
    }).expect(201);
    const event = events.call(campaign, 'k_lr', 'converted', '120045');
    await hub.http.post('/v1/events').set(ws.auth).send(event).expect(202);
    const [run] = await waitForRuns(hub, ws.auth, campaign, event.id);
    expect(run.actions.map((a) => [a.kind, a.status])).toEqual([['update_crm_status', 'succeeded'], ['crm_note', 'succeeded']]);
    expect(lr.state.leads.find((l) => l.LeadID === 120045)!.StatusID).toBe(41);
    expect(lr.state.notes.map((n) => n.Note)).toContain('Kayse AI workflow: Sign up\nKayse AI: Ada Client converted on 2026-11-20T15:04:05.000Z');
  });

  it('flags the connection when the CRM refuses its credentials during an action; disconnecting skips CRM steps', async () => {
    const ws = await createWorkspace(hub);
    await connect(ws, { provider: 'smartadvocate', baseUrl: sa.url, credentials: SA_CREDENTIALS }, 200);
    const campaign = await createCampaign(hub, ws);
    await hub.http.post(`/v1/campaigns/${campaign}/workflows`).set(ws.auth).send({ name: 'Note', trigger: { type: 'human_handoff' }, actions: [{ type: 'post_crm_note' }] }).expect(201);
    sa.failNext({ status: 401 }, 2);
    const refused = events.handoff(campaign, 'k_401');
    await hub.http.post('/v1/events').set(ws.auth).send(refused).expect(202);
    const [run] = await waitForRuns(hub, ws.auth, campaign, refused.id);
    expect(run.actions[0]).toMatchObject({ status: 'failed', attempts: 1 });
    expect(run.actions[0].reason).toMatch(/refused the credentials/);
    const flagged = record(await hub.http.get('/v1/crm-connection').set(ws.auth).expect(200));
    expect(flagged.body.status).toBe('invalid_credentials');

    await hub.http.delete('/v1/crm-connection').set(ws.auth).expect(204);
    await hub.http.get('/v1/crm-connection').set(ws.auth).expect(404);
    const after = events.handoff(campaign, 'k_disconnected');
    await hub.http.post('/v1/events').set(ws.auth).send(after).expect(202);
    const [skipped] = await waitForRuns(hub, ws.auth, campaign, after.id);
    expect(skipped.actions[0]).toMatchObject({ status: 'skipped', reason: 'No CRM is connected to the workspace' });
  });

  it('lets the admin label statuses, choose which workflows may use, and pick the default note type', async () => {
    const ws = await createWorkspace(hub);
    await connect(ws, { provider: 'smartadvocate', baseUrl: sa.url, credentials: SA_CREDENTIALS }, 200);
    const mapping = await hub.http.put('/v1/crm-connection/mapping').set(ws.auth).send({ statuses: [{ id: '901', label: 'Fresh lead', usable: false }], defaultNoteTypeId: String(sa.state.noteTypes[0].id) }).expect(200);
    expect(mapping.body.statuses.find((s: { id: string }) => s.id === '901')).toMatchObject({ label: 'Fresh lead', usable: false });
    expect(mapping.body.defaultNoteTypeId).toBe(String(sa.state.noteTypes[0].id));
    const bad = await hub.http.put('/v1/crm-connection/mapping').set(ws.auth).send({ statuses: [{ id: 'nope' }], defaultNoteTypeId: 'nope' }).expect(400);
    expect(bad.body.error.details.map((d: { field: string }) => d.field)).toEqual(['statuses', 'defaultNoteTypeId']);
    const synced = await hub.http.post('/v1/crm-connection/mapping/sync').set(ws.auth).expect(200);
    expect(synced.body.statuses.find((s: { id: string }) => s.id === '901')).toMatchObject({ label: 'Fresh lead', usable: false });
    expect(synced.body.version).toBeGreaterThan(mapping.body.version);
  });

  it('never shows a credential in a response or a log line', () => {
    expect(logs.length).toBeGreaterThan(10);
    for (const secret of SECRETS) {
      expect(responses.filter((r) => r.includes(secret))).toEqual([]);
      expect(logs.filter((l) => l.includes(secret))).toEqual([]);
    }
  });
});
