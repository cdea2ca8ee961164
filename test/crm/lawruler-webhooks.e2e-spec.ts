import { PassThrough } from 'node:stream';
import { FAKE_LAWRULER_KEY, FakeLawRuler, startFakeLawRuler } from '../../connectors/lawruler/test/fake-lawruler.server';
import { lawRulerStatusWebhook } from '../../connectors/lawruler/test/fake-lawruler.webhook';
import { createCampaign, createWorkspace, TestWorkspace } from '../support/fixtures';
import { startHub, TestHub, waitFor } from '../support/hub-test-app';
import { createEndpoint } from '../support/webhook-fixtures';
import { WebhookReceiver } from '../support/webhook-receiver';
import { events, waitForRuns } from '../support/workflow-helpers';

const CREDENTIALS = { username: 'kayse-lr-user', password: 'Lr-Secret-Passw0rd!', clientRoot: 'smithjones', clientSecret: 'lr-client-secret-77x', key: FAKE_LAWRULER_KEY };

/**
 * LawRuler as documented: the fake answers GetStatus and lead updates, and "Invalid Operation"
 * to GetStatuses; statuses reach the hub through LawRuler's webhooks.
 */
describe('LawRuler: connects with documented calls, learns statuses from its webhooks', () => {
  let hub: TestHub;
  let lr: FakeLawRuler;
  let ws: TestWorkspace;
  let receiverPath: string;
  let endpoints: WebhookReceiver;
  let zap: WebhookReceiver;
  const logs: string[] = [];
  const tokens: string[] = [];

  beforeAll(async () => {
    [lr, endpoints, zap] = await Promise.all([startFakeLawRuler(), WebhookReceiver.start(), WebhookReceiver.start()]);
    const logStream = new PassThrough();
    logStream.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    hub = await startHub('crm_lawruler', { config: { logStream, logLevel: 'info', actionAttempts: 3, actionBackoffMs: 50, webhookRetryScheduleSec: [0, 1], webhookTimeoutMs: 2000 } });
    ws = await createWorkspace(hub);
  });
  afterAll(async () => {
    await hub.close();
    await Promise.all([lr.close(), endpoints.close(), zap.close()]);
  });

  const post = (path: string, webhook: { contentType: string; body: string }) => hub.http.post(path).set('Content-Type', webhook.contentType).send(webhook.body);
  const lead = (id: number) => lr.state.leads.find((item) => item.LeadID === id)!;
  /** What LawRuler does when a person changes a lead's status: the change, then the webhook. */
  const changeStatus = (id: number, statusId: number, format: 'form' | 'json') => {
    const status = lr.state.statuses.find((s) => s.StatusID === statusId)!;
    Object.assign(lead(id), { StatusID: status.StatusID, Status: status.Status });
    return post(receiverPath, lawRulerStatusWebhook(lead(id), format));
  };

  it('connects although GetStatuses answers "Invalid Operation", and shows the receiver URL once', async () => {
    const res = await hub.http.put('/v1/crm-connection').set(ws.auth).send({ provider: 'lawruler', baseUrl: lr.url, credentials: CREDENTIALS }).expect(200);
    expect(res.body).toMatchObject({ provider: 'lawruler', status: 'connected', mapping: { statuses: [] } });
    expect(res.body.inboundWebhook.token).toMatch(/^crmw_[0-9a-f]{24}_[A-Za-z0-9_-]{43}$/);
    receiverPath = res.body.inboundWebhook.path;
    tokens.push(res.body.inboundWebhook.token);
    expect(receiverPath).toBe(`/v1/sources/lawruler/${res.body.inboundWebhook.token}`);
    const operations = lr.requests.map((r) => new URLSearchParams(r.body).get('Operation'));
    expect(operations).toEqual(['GetStatus', 'GetStatuses']);

    const shown = await hub.http.get('/v1/crm-connection').set(ws.auth).expect(200);
    expect(shown.text).not.toContain(res.body.inboundWebhook.token);
    expect(shown.body.inboundWebhook).toMatchObject({ tokenHint: res.body.inboundWebhook.token.slice(-4) });
    // A reconnect keeps the URL the firm pasted into LawRuler.
    const again = await hub.http.put('/v1/crm-connection').set(ws.auth).send({ provider: 'lawruler', baseUrl: lr.url, credentials: CREDENTIALS }).expect(200);
    expect(again.body.inboundWebhook.token).toBeUndefined();
  });

  it('learns statuses from two webhooks (form-encoded and JSON), stores and sends crm.case_status_changed, and offers them to the builder', async () => {
    const endpoint = await createEndpoint(hub, ws, { url: endpoints.url(), eventTypes: ['crm.case_status_changed'] });
    await hub.http.post('/v1/zapier/hooks').set(ws.auth).send({ targetUrl: zap.url(), event: 'crm.case_status_changed' }).expect(201);

    const form = await changeStatus(120045, 41, 'form').expect(200);
    const json = await changeStatus(120046, 71, 'json').expect(200);
    expect(form.body).toMatchObject({ received: true, duplicate: false, eventId: expect.stringMatching(/^crm_status_/) });
    expect(json.body.duplicate).toBe(false);

    const mapping = await hub.http.get('/v1/crm-connection/mapping').set(ws.auth).expect(200);
    expect(mapping.body.statuses).toEqual([
      { id: '41', name: 'Signed', caseTypeId: '7', caseType: 'Auto Accident', usable: true, source: 'webhook' },
      { id: '71', name: 'Qualified', caseTypeId: '12', caseType: 'Mass Tort - Hair Relaxer', usable: true, source: 'webhook' },
    ]);
    const campaign = await createCampaign(hub, ws, { name: 'LR campaign' });
    const options = await hub.http.get(`/v1/campaigns/${campaign}/workflow-options`).set(ws.auth).expect(200);
    expect(options.body.crm.statuses).toEqual([
      { id: '41', name: 'Signed', caseType: 'Auto Accident' },
      { id: '71', name: 'Qualified', caseType: 'Mass Tort - Hair Relaxer' },
    ]);

    await waitFor(async () => endpoints.requests.length >= 2 && zap.requests.length >= 2);
    // Standard Webhooks body: { type, timestamp, data: the event }.
    const delivered = endpoints.requests.map((r) => JSON.parse(r.body).data);
    expect(delivered.map((e) => [e.type, e.data.crm.caseId, e.data.status.name])).toEqual(
      expect.arrayContaining([
        ['crm.case_status_changed', '120045', 'Signed'],
        ['crm.case_status_changed', '120046', 'Qualified'],
      ]),
    );
    expect(delivered.find((e) => e.data.crm.caseId === '120045')).toMatchObject({ id: form.body.eventId, data: { crm: { provider: 'lawruler', caseType: 'Auto Accident' }, person: { firstName: 'Berton' } } });
    expect(zap.requests.map((r) => JSON.parse(r.body).type)).toEqual(['crm.case_status_changed', 'crm.case_status_changed']);
    const deliveries = await hub.http.get(`/v1/webhooks/endpoints/${endpoint.id}/deliveries`).set(ws.auth).expect(200);
    expect(deliveries.body.data.length).toBe(2);
    const stored = await waitFor(async () => {
      const res = await hub.http.get(`/v1/events/${form.body.eventId}`).set(ws.auth).expect(200);
      return res.body.state === 'processed' && res.body;
    });
    expect(stored).toMatchObject({ type: 'crm.case_status_changed', campaignId: '', normalized: { data: { status: { id: '41', name: 'Signed' } } } });
  });

  it('takes a repeat of the same webhook as a duplicate, and a later change as a new event with its previous status', async () => {
    const first = await post(receiverPath, lawRulerStatusWebhook(lead(120045), 'form')).expect(200);
    expect(first.body.duplicate).toBe(true);
    const changed = await changeStatus(120045, 42, 'json').expect(200);
    expect(changed.body.duplicate).toBe(false);
    await waitFor(async () => endpoints.requests.some((r) => JSON.parse(r.body).data.id === changed.body.eventId));
    const event = endpoints.requests.map((r) => JSON.parse(r.body).data).find((e) => e.id === changed.body.eventId);
    expect(event.data).toMatchObject({ status: { id: '42', name: 'Rejected' }, previousStatus: { id: '41', name: 'Signed' } });
  });

  it('a workflow sets a learned status by name, and a plain-text answer to a note is not posted twice', async () => {
    Object.assign(lead(120045), { StatusID: 40, Status: 'Pending Sign Up' });
    lr.state.switches.writeAnswer = 'plain_text';
    const campaign = await createCampaign(hub, ws, { name: 'LR signed' });
    await hub.http.post(`/v1/campaigns/${campaign}/workflows`).set(ws.auth).send({
      name: 'Sign up',
      trigger: { type: 'post_call_status', values: ['converted'] },
      actions: [{ type: 'update_crm_status', statusId: '41' }],
      crmNote: 'Kayse AI: {{contact.name}} converted',
    }).expect(201);
    const before = lr.requests.length;
    const event = events.call(campaign, 'k_lr', 'converted', '120045');
    await hub.http.post('/v1/events').set(ws.auth).send(event).expect(202);
    const [run] = await waitForRuns(hub, ws.auth, campaign, event.id);
    expect(run.actions.map((a) => [a.kind, a.status])).toEqual([['update_crm_status', 'succeeded'], ['crm_note', 'succeeded']]);
    expect(lead(120045)).toMatchObject({ Status: 'Signed' });
    const sent = lr.requests.slice(before).map((r) => new URLSearchParams(r.body));
    expect(sent.filter((f) => f.get('Status') === 'Signed')).toHaveLength(1);
    expect(sent.filter((f) => f.get('Conversation') !== null)).toHaveLength(1);
    expect(lr.state.notes.filter((n) => n.Note.includes('Ada Client converted'))).toHaveLength(1);
    expect(run.actions[1].result).toContain('never posted twice');
    lr.state.switches.writeAnswer = 'json';
  });

  it('refuses a wrong token, a body that is not a LawRuler status webhook, and another content type', async () => {
    const wrong = receiverPath.replace(/.{4}$/, 'AAAA');
    await post(wrong, lawRulerStatusWebhook(lead(120045), 'form')).expect(404);
    await post('/v1/sources/lawruler/nonsense', lawRulerStatusWebhook(lead(120045), 'form')).expect(404);
    const bad = await post(receiverPath, { contentType: 'application/x-www-form-urlencoded', body: 'Status=Signed' }).expect(400);
    expect(bad.body.error.details).toEqual([expect.objectContaining({ field: 'Lead ID', code: 'invalid_webhook' })]);
    await post(receiverPath, { contentType: 'text/plain', body: 'Lead ID=1' }).expect(415);
  });

  it('rotates the receiver URL: the old one stops working at once', async () => {
    const rotated = await hub.http.post('/v1/crm-connection/inbound-token').set(ws.auth).expect(200);
    expect(rotated.body.path).not.toBe(receiverPath);
    await post(receiverPath, lawRulerStatusWebhook(lead(120046), 'form')).expect(404);
    await post(rotated.body.path, lawRulerStatusWebhook(lead(120046), 'form')).expect(200);
    receiverPath = rotated.body.path;
    tokens.push(rotated.body.token);
  });

  it('takes statuses by hand and from a CSV export, and refuses a bad CSV whole', async () => {
    const added = await hub.http.post('/v1/crm-connection/mapping/statuses').set(ws.auth).send({ name: 'Intake', caseType: 'Mass Tort - Hair Relaxer' }).expect(201);
    const key = 'name:intake@mass tort - hair relaxer';
    expect(added.body.statuses).toContainEqual({ id: key, name: 'Intake', caseType: 'Mass Tort - Hair Relaxer', usable: true, source: 'manual' });
    // The webhook that later brings its id completes the entry: workflows keep its key.
    await changeStatus(120046, 70, 'form').expect(200);
    const afterWebhook = await hub.http.get('/v1/crm-connection/mapping').set(ws.auth).expect(200);
    expect(afterWebhook.body.statuses.filter((s: { name: string }) => s.name === 'Intake')).toEqual([expect.objectContaining({ id: key, caseTypeId: '12' })]);

    const csv = 'Status,Status ID,Case Type ID,Case Type\r\nPending Sign Up,40,7,Auto Accident\r\nDo Not Contact,99,,\r\n';
    const imported = await hub.http.post('/v1/crm-connection/mapping/statuses/import').set(ws.auth).set('Content-Type', 'text/csv').send(csv).expect(201);
    expect(imported.body.imported).toEqual({ rows: 2, added: 2 });
    expect(imported.body.statuses).toContainEqual({ id: '99', name: 'Do Not Contact', usable: true, source: 'csv' });

    const bad = await hub.http.post('/v1/crm-connection/mapping/statuses/import').set(ws.auth).send({ csv: 'Status,Status ID\nGood,5\n,6\n' }).expect(400);
    expect(bad.body.error.details).toEqual([expect.objectContaining({ field: 'rows.3.name' })]);
    const after = await hub.http.get('/v1/crm-connection/mapping').set(ws.auth).expect(200);
    expect(after.body.statuses.map((s: { id: string }) => s.id)).not.toContain('5');
  });

  it('reports each LawRuler call in the connection check', async () => {
    const res = await hub.http.post('/v1/crm-connection/check').set(ws.auth).send({ caseId: '120045', dryWrite: true }).expect(200);
    expect(res.body.results.map((r: { operation: string; outcome: string }) => [r.operation, r.outcome])).toEqual([
      ['read_case', 'ok'],
      ['list_statuses', 'not_supported'],
      ['update_case_status', 'ok'],
      ['post_note', 'skipped'],
    ]);
    expect(res.body.results[1].message).toContain('Invalid Operation');
  });

  it('never logs a receiver token: request lines show the path redacted', () => {
    expect(logs.some((line) => line.includes('/v1/sources/lawruler/[redacted]'))).toBe(true);
    for (const token of tokens) expect(logs.filter((line) => line.includes(token.slice(-20)))).toEqual([]);
  });
});
