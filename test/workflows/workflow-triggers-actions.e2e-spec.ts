import { FAKE_SMARTADVOCATE_USER, FakeSmartAdvocate, startFakeSmartAdvocate } from '../../connectors/smartadvocate/test/fake-smartadvocate.server';
import { createCampaign, createKey, createWorkspace, bearer, TestWorkspace } from '../support/fixtures';
import { startHub, TestHub, waitFor } from '../support/hub-test-app';
import { events, waitForRuns } from '../support/workflow-helpers';

describe('workflows: every trigger and every action, on real Redis, FerretDB and a fake SmartAdvocate', () => {
  let hub: TestHub;
  let crm: FakeSmartAdvocate;
  let ws: TestWorkspace;
  let editor: { Authorization: string };

  beforeAll(async () => {
    crm = await startFakeSmartAdvocate({ inferred: 'all' });
    hub = await startHub('wf_actions', { config: { actionAttempts: 3, actionBackoffMs: 50 } });
    ws = await createWorkspace(hub);
    editor = bearer(await createKey(hub, ws, 'editor'));
    await hub.http
      .put('/v1/crm-connection')
      .set(ws.auth)
      .send({ provider: 'smartadvocate', baseUrl: crm.url, credentials: { username: FAKE_SMARTADVOCATE_USER.username, password: FAKE_SMARTADVOCATE_USER.password } })
      .expect(200);
  });
  afterAll(async () => {
    await hub.close();
    await crm.close();
  });

  const post = (event: object) => hub.http.post('/v1/events').set(ws.auth).send(event).expect(202);
  const contact = (campaignId: string, contactId: string) => hub.http.get(`/v1/campaigns/${campaignId}/contacts/${contactId}`).set(ws.auth).expect(200);
  const caseStatus = () => crm.state.cases.find((c) => c.caseNumber === '9000002')!.caseStatusID;
  const notesOf = () => crm.state.notes.filter((n) => n.caseNumber === '9000002').map((n) => n.noteText);
  const addWorkflow = async (campaignId: string, body: object) => (await hub.http.post(`/v1/campaigns/${campaignId}/workflows`).set(editor).send(body).expect(201)).body;

  it('post_call_status: stops calls, updates the case status, and posts the CRM note', async () => {
    const campaign = await createCampaign(hub, ws);
    const workflow = await addWorkflow(campaign, {
      name: 'Unsuccessful call',
      trigger: { type: 'post_call_status', values: ['Unsuccessful'] },
      actions: [{ type: 'stop_calls' }, { type: 'update_crm_status', statusId: '828' }],
      crmNote: 'Called {{contact.name}}: {{call.status}} at {{event.occurredAt}}',
    });
    expect(workflow.card).toEqual({ when: 'Post Call Status is Unsuccessful', then: "Stop Calls · Update CRM Status to Retained · CRM note: 'Called {{contact.name}}: {{call.status}…'" });

    await post(events.call(campaign, 'k_converted', 'converted'));
    const event = events.call(campaign, 'k1', 'unsuccessful');
    await post(event);
    const [run] = await waitForRuns(hub, ws.auth, campaign, event.id);
    expect(run.outcome).toBe('succeeded');
    expect(run.actions.map((a) => [a.kind, a.status])).toEqual([['stop_calls', 'succeeded'], ['update_crm_status', 'succeeded'], ['crm_note', 'succeeded']]);
    expect(caseStatus()).toBe(828);
    expect(notesOf().join('\n')).toContain('Called Ada Client: unsuccessful at 2026-11-20T15:04:05.000Z');

    const state = (await contact(campaign, 'k1')).body;
    expect(state).toMatchObject({ calls: 'stopped', messaging: 'active', enrolled: true, callsStopped: { by: { workflowId: workflow.id, workflowName: 'Unsuccessful call', runId: run.id } } });
    expect((await contact(campaign, 'k_converted')).body.calls).toBe('active');

    const fired = await hub.http.get(`/v1/events/workflow.fired:${run.id}`).set(ws.auth).expect(200);
    expect(fired.body.normalized.data).toEqual({ workflow: { id: workflow.id, name: 'Unsuccessful call' }, run: { id: run.id }, trigger: { eventId: event.id, eventType: 'call.completed' } });
    const stopped = await hub.http.get(`/v1/events/contact.calls_stopped:${run.id}`).set(ws.auth).expect(200);
    expect(stopped.body.normalized.data.outreach).toEqual({ calls: 'stopped', messaging: 'active', enrolled: true });
  });

  it('message_reply_bucket: stops messaging and calls; a second matching reply changes nothing and emits nothing', async () => {
    const campaign = await createCampaign(hub, ws);
    await addWorkflow(campaign, { name: 'Not interested', trigger: { type: 'message_reply_bucket', values: ['not_interested'] }, actions: [{ type: 'stop_messaging' }, { type: 'stop_calls' }] });
    await post(events.reply(campaign, 'k2', 'interested'));
    const first = events.reply(campaign, 'k2', 'Not Interested');
    await post(first);
    const [run] = await waitForRuns(hub, ws.auth, campaign, first.id);
    expect(run.actions.map((a) => a.result)).toEqual(['Messaging stopped', 'Calls stopped']);
    expect((await contact(campaign, 'k2')).body).toMatchObject({ calls: 'stopped', messaging: 'stopped', enrolled: true });

    const second = events.reply(campaign, 'k2', 'not_interested');
    await post(second);
    const [again] = await waitForRuns(hub, ws.auth, campaign, second.id);
    expect(again.actions.map((a) => a.result)).toEqual(['Messaging was already stopped', 'Calls were already stopped']);
    await hub.http.get(`/v1/events/contact.messaging_stopped:${again.id}`).set(ws.auth).expect(404);
  });

  it('human_handoff: post_crm_note writes a note that says what happened, when, and why', async () => {
    const campaign = await createCampaign(hub, ws, { name: 'Handoffs' });
    await addWorkflow(campaign, { name: 'Call back', trigger: { type: 'human_handoff' }, actions: [{ type: 'post_crm_note' }] });
    const event = events.handoff(campaign, 'k3');
    await post(event);
    const [run] = await waitForRuns(hub, ws.auth, campaign, event.id);
    expect(run.actions[0]).toMatchObject({ kind: 'post_crm_note', status: 'succeeded' });
    const note = notesOf().find((n) => n.includes('Human handoff requested'));
    expect(note).toBeDefined();
    expect(note).toContain('2026-11-20 15:04:05 UTC');
    expect(note).toContain('Client asked for a person');
    expect(note).toContain('Campaign: Handoffs');
  });

  it("form_status: fires only for the campaign's linked form and removes the contact from the campaign", async () => {
    const campaign = await createCampaign(hub, ws, { form: { id: 'form_intake', name: 'Intake' } });
    await addWorkflow(campaign, { name: 'Intake done', trigger: { type: 'form_status', values: ['completed'] }, actions: [{ type: 'stop_campaign' }] });
    const other = events.form(campaign, 'k4', 'some_other_form');
    await post(other);
    const event = events.form(campaign, 'k4', 'form_intake');
    await post(event);
    const [run] = await waitForRuns(hub, ws.auth, campaign, event.id);
    expect(run.actions[0]).toMatchObject({ kind: 'stop_campaign', status: 'succeeded', result: 'Contact removed from the campaign' });
    expect((await contact(campaign, 'k4')).body).toMatchObject({ calls: 'stopped', messaging: 'stopped', enrolled: false, removed: { by: { workflowName: 'Intake done' } } });
    const report = await hub.http.get(`/v1/campaigns/${campaign}/reports/workflows`).set(ws.auth).expect(200);
    expect(report.body.runs.map((r: { event: { id: string } }) => r.event.id)).toEqual([event.id]);
  });

  it('posts the CRM Note field every time the workflow fires, whatever its actions', async () => {
    const campaign = await createCampaign(hub, ws);
    await addWorkflow(campaign, { name: 'Audit', trigger: { type: 'post_call_status', values: ['disqualified'] }, actions: [{ type: 'stop_calls' }], crmNote: 'Audit: {{contact.id}} disqualified ({{workflow.name}})' });
    for (const contactId of ['k5a', 'k5b']) {
      const event = events.call(campaign, contactId, 'disqualified');
      await post(event);
      await waitForRuns(hub, ws.auth, campaign, event.id);
    }
    expect(notesOf().filter((n) => n.startsWith('Audit:'))).toEqual(expect.arrayContaining(['Audit: k5a disqualified (Audit)', 'Audit: k5b disqualified (Audit)']));
  });

  it('runs two actions independently: one failing for good does not block the other', async () => {
    const campaign = await createCampaign(hub, ws);
    await addWorkflow(campaign, { name: 'Two actions', trigger: { type: 'post_call_status', values: ['successful'] }, actions: [{ type: 'update_crm_status', statusId: '826' }, { type: 'post_crm_note' }, { type: 'stop_messaging' }] });
    crm.failNext({ status: 500, pathIncludes: '/status' }, 3);
    const event = events.call(campaign, 'k6', 'successful');
    await post(event);
    const [run] = await waitForRuns(hub, ws.auth, campaign, event.id);
    expect(run.outcome).toBe('partial');
    const [status, note, stop] = run.actions;
    expect(status).toMatchObject({ kind: 'update_crm_status', status: 'failed', attempts: 3 });
    expect(status.reason).toMatch(/The CRM is unavailable.*gave up after 3 attempts/);
    expect(note).toMatchObject({ kind: 'post_crm_note', status: 'succeeded', attempts: 1 });
    expect(stop).toMatchObject({ kind: 'stop_messaging', status: 'succeeded' });
  });

  it('retries a CRM that fails then recovers: the action ends succeeded with its attempts recorded', async () => {
    const campaign = await createCampaign(hub, ws);
    await addWorkflow(campaign, { name: 'Flaky CRM', trigger: { type: 'post_call_status', values: ['successful'] }, actions: [{ type: 'update_crm_status', statusId: '950' }] });
    crm.failNext({ status: 429, headers: { 'Retry-After': '1' }, pathIncludes: '/status' }, 1);
    crm.failNext({ status: 503, pathIncludes: '/status' }, 1);
    const event = events.call(campaign, 'k7', 'successful');
    await post(event);
    const [run] = await waitForRuns(hub, ws.auth, campaign, event.id);
    expect(run.actions[0]).toMatchObject({ status: 'succeeded', attempts: 3 });
    expect(caseStatus()).toBe(950);
  });

  it('skips CRM steps, with the reason, for a contact without a case id', async () => {
    const campaign = await createCampaign(hub, ws);
    await addWorkflow(campaign, { name: 'No case', trigger: { type: 'human_handoff' }, actions: [{ type: 'post_crm_note' }, { type: 'stop_calls' }] });
    const event = { ...events.handoff(campaign, 'k8'), contact: { id: 'k8' } };
    await post(event);
    const [run] = await waitForRuns(hub, ws.auth, campaign, event.id);
    expect(run.actions[0]).toMatchObject({ status: 'skipped', reason: 'The contact has no case id in the CRM (contact.crm.caseId)' });
    expect(run.actions[1].status).toBe('succeeded');
    expect(run.outcome).toBe('succeeded');
  });

  it('fails a step for good when the case does not exist in the CRM', async () => {
    const campaign = await createCampaign(hub, ws);
    await addWorkflow(campaign, { name: 'Missing case', trigger: { type: 'post_call_status', values: ['converted'] }, actions: [{ type: 'update_crm_status', statusId: '828' }] });
    const event = events.call(campaign, 'k9', 'converted', '123456789');
    await post(event);
    const [run] = await waitForRuns(hub, ws.auth, campaign, event.id);
    expect(run.actions[0]).toMatchObject({ status: 'failed', attempts: 1 });
    expect(run.actions[0].reason).toMatch(/does not exist/);
  });

  it('fires each workflow of a campaign on its own', async () => {
    const campaign = await createCampaign(hub, ws);
    await addWorkflow(campaign, { name: 'A', trigger: { type: 'post_call_status', values: ['unsuccessful'] }, actions: [{ type: 'stop_calls' }] });
    await addWorkflow(campaign, { name: 'B', trigger: { type: 'post_call_status', values: ['unsuccessful', 'disqualified'] }, actions: [{ type: 'stop_messaging' }] });
    const disabled = await addWorkflow(campaign, { name: 'C', enabled: false, trigger: { type: 'post_call_status', values: ['unsuccessful'] }, actions: [{ type: 'stop_campaign' }] });
    expect(disabled.enabled).toBe(false);
    const event = events.call(campaign, 'k10', 'unsuccessful');
    await post(event);
    const runs = await waitForRuns(hub, ws.auth, campaign, event.id, 2);
    expect(runs.map((r) => r.workflow.name).sort()).toEqual(['A', 'B']);
    await waitFor(async () => (await contact(campaign, 'k10')).body.messaging === 'stopped');
    expect((await contact(campaign, 'k10')).body.enrolled).toBe(true);
  });
});
