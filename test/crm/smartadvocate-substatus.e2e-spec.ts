import { FAKE_SMARTADVOCATE_USER, FakeSmartAdvocate, startFakeSmartAdvocate } from '../../connectors/smartadvocate/test/fake-smartadvocate.server';
import { createCampaign, createWorkspace, TestWorkspace } from '../support/fixtures';
import { startHub, TestHub } from '../support/hub-test-app';
import { events, waitForRuns } from '../support/workflow-helpers';

const CREDENTIALS = { username: FAKE_SMARTADVOCATE_USER.username, password: FAKE_SMARTADVOCATE_USER.password };

/** The inferred CaseSyncAPI routes (status change, substatus, insert note, lists) are switched on in this fake. */
describe('SmartAdvocate: host alone, substatuses, and a barred operation', () => {
  let hub: TestHub;
  let sa: FakeSmartAdvocate;
  let ws: TestWorkspace;
  let campaign: string;

  beforeAll(async () => {
    sa = await startFakeSmartAdvocate({ inferred: 'all' });
    hub = await startHub('crm_sa_substatus', { config: { actionAttempts: 2, actionBackoffMs: 50 } });
    ws = await createWorkspace(hub);
    campaign = await createCampaign(hub, ws, { name: 'SA dialer' });
  });
  afterAll(async () => {
    await hub.close();
    await sa.close();
  });

  it('connects with the host alone, as Kayse asks for it, and maps secondary statuses by status type', async () => {
    const host = new URL(sa.url).origin;
    const res = await hub.http.put('/v1/crm-connection').set(ws.auth).send({ provider: 'smartadvocate', baseUrl: host, credentials: CREDENTIALS }).expect(200);
    expect(res.body).toMatchObject({ baseUrl: `${host}/CaseSyncAPI/`, status: 'connected', inboundWebhook: null });
    expect(res.body.mapping.substatuses).toEqual(
      expect.arrayContaining([
        { id: '890', name: 'Do not dial', statusType: 'Dialer Status', usable: true },
        { id: '891', name: 'OK to dial', statusType: 'Dialer Status', usable: true },
      ]),
    );
    expect(res.body.mapping.statuses.map((s: { id: string }) => s.id)).not.toContain('890');
    const options = await hub.http.get(`/v1/campaigns/${campaign}/workflow-options`).set(ws.auth).expect(200);
    expect(options.body.crm.substatuses).toContainEqual({ id: '891', name: 'OK to dial', statusType: 'Dialer Status' });
  });

  it('a workflow sets a substatus', async () => {
    const created = await hub.http.post(`/v1/campaigns/${campaign}/workflows`).set(ws.auth).send({
      name: 'Dial again',
      trigger: { type: 'post_call_status', values: ['successful'] },
      actions: [{ type: 'update_crm_status', substatusId: '891' }],
    }).expect(201);
    expect(created.body.card.then).toBe('Update CRM Status to Dialer Status: OK to dial');
    const event = events.call(campaign, 'k_dial', 'successful', '9000002');
    await hub.http.post('/v1/events').set(ws.auth).send(event).expect(202);
    const [run] = await waitForRuns(hub, ws.auth, campaign, event.id);
    expect(run.actions[0]).toMatchObject({ kind: 'update_crm_status', status: 'succeeded', result: 'Case 9000002: Dialer Status set to OK to dial' });
    const found = sa.state.cases.find((c) => c.caseNumber === '9000002')!;
    expect(found.secondStatuses).toEqual([expect.objectContaining({ statusID: 891, statusTypeName: 'Dialer Status' })]);
    expect(found.caseStatusID).toBe(827);
  });

  it('a barred Insert Note fails only that step, as permission_denied, and the connection stays valid', async () => {
    sa.state.forbiddenOperations.add('insert_note');
    await hub.http.post(`/v1/campaigns/${campaign}/workflows`).set(ws.auth).send({
      name: 'Retained',
      trigger: { type: 'post_call_status', values: ['converted'] },
      actions: [{ type: 'update_crm_status', statusId: '828' }, { type: 'post_crm_note' }],
    }).expect(201);
    const event = events.call(campaign, 'k_barred', 'converted', '9000002');
    await hub.http.post('/v1/events').set(ws.auth).send(event).expect(202);
    const [run] = await waitForRuns(hub, ws.auth, campaign, event.id);
    expect(run.actions.map((a) => [a.kind, a.status])).toEqual([['update_crm_status', 'succeeded'], ['post_crm_note', 'failed']]);
    expect(run.actions[1]).toMatchObject({ attempts: 1, reason: expect.stringContaining('insert_note') });
    expect(run.actions[1].reason).toContain('The CRM user may not do this');
    const connection = await hub.http.get('/v1/crm-connection').set(ws.auth).expect(200);
    expect(connection.body).toMatchObject({ status: 'connected', statusReason: null });
  });

  it('the connection check reports each operation, the barred one refused', async () => {
    const res = await hub.http.post('/v1/crm-connection/check').set(ws.auth).send({ caseId: '9000002', dryWrite: true, testNote: true }).expect(200);
    expect(res.body).toMatchObject({ provider: 'smartadvocate' });
    expect(res.body.results.map((r: { operation: string; outcome: string; documented: boolean }) => [r.operation, r.outcome, r.documented])).toEqual([
      ['authenticate', 'ok', true],
      ['read_case', 'ok', true],
      ['list_statuses', 'ok', false],
      ['list_note_types', 'ok', false],
      ['update_case_status', 'ok', false],
      ['post_note', 'refused', false],
    ]);
  });
});
