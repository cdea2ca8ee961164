import mongoose from 'mongoose';
import { FAKE_SMARTADVOCATE_USER, FakeSmartAdvocate, startFakeSmartAdvocate } from '../../connectors/smartadvocate/test/fake-smartadvocate.server';
import { bearer, createCampaign, createKey, createWorkspace, TestWorkspace } from '../support/fixtures';
import { startHub, TestHub, waitFor } from '../support/hub-test-app';
import { events, waitForRuns } from '../support/workflow-helpers';

describe('workflows over REST: two places, validation, options, templates, mapping changes, report, permissions', () => {
  let hub: TestHub;
  let crm: FakeSmartAdvocate;
  let ws: TestWorkspace;
  let keys: Record<'editor' | 'viewer' | 'ingest', { Authorization: string }>;
  let campaign: string;

  beforeAll(async () => {
    crm = await startFakeSmartAdvocate({ inferred: 'all' });
    hub = await startHub('wf_api');
    ws = await createWorkspace(hub);
    keys = {
      editor: bearer(await createKey(hub, ws, 'editor')),
      viewer: bearer(await createKey(hub, ws, 'viewer')),
      ingest: bearer(await createKey(hub, ws, 'ingest')),
    };
    campaign = await createCampaign(hub, ws, { form: { id: 'form_1', name: 'Intake' } });
  });
  afterAll(async () => {
    await hub.close();
    await crm.close();
  });

  const connectCrm = () =>
    hub.http.put('/v1/crm-connection').set(ws.auth).send({ provider: 'smartadvocate', baseUrl: crm.url, credentials: { username: FAKE_SMARTADVOCATE_USER.username, password: FAKE_SMARTADVOCATE_USER.password } }).expect(200);
  const valid = { name: 'Stop on unsuccessful', trigger: { type: 'post_call_status', values: ['unsuccessful'] }, actions: [{ type: 'stop_calls' }] };

  describe('before a CRM is connected', () => {
    it('offers no CRM actions and refuses them with the field at fault', async () => {
      const options = await hub.http.get(`/v1/campaigns/${campaign}/workflow-options`).set(keys.viewer).expect(200);
      expect(options.body.actions.map((a: { type: string }) => a.type)).toEqual(['stop_calls', 'stop_messaging', 'stop_campaign']);
      expect(options.body.crm).toBeNull();
      const res = await hub.http.post(`/v1/campaigns/${campaign}/workflows`).set(keys.editor).send({ ...valid, actions: [{ type: 'post_crm_note' }] }).expect(400);
      expect(res.body.error.details[0]).toMatchObject({ field: 'actions.0.type', code: 'crm_not_connected' });
    });

    it('fills a template with what the campaign allows: without a CRM only the non-CRM actions remain', async () => {
      const created = await hub.http.post(`/v1/campaigns/${campaign}/workflows`).set(keys.editor).send({ template: 'unsuccessful_call_stop_and_note' }).expect(201);
      expect(created.body).toMatchObject({ template: 'unsuccessful_call_stop_and_note', actions: [{ type: 'stop_calls' }], card: { when: 'Post Call Status is Unsuccessful', then: 'Stop Calls' } });
      await hub.http.delete(`/v1/workflows/${created.body.id}`).set(keys.editor).expect(204);
    });
  });

  describe('with SmartAdvocate connected', () => {
    beforeAll(connectCrm);

    it('validates every part of a workflow and names the field', async () => {
      const cases: Array<[object, string, string]> = [
        [{ ...valid, trigger: { type: 'post_call_status', values: ['exploded'] } }, 'trigger.values', 'invalid_enum'],
        [{ ...valid, trigger: { type: 'sometimes' } }, 'trigger.type', 'isIn'],
        [{ ...valid, actions: [] }, 'actions', 'arrayMinSize'],
        [{ ...valid, actions: [{ type: 'update_crm_status', statusId: '424242' }] }, 'actions.0.statusId', 'unknown_crm_status'],
        [{ ...valid, actions: [{ type: 'update_crm_status' }] }, 'actions.0.statusId', 'isString'],
        [{ ...valid, crmNote: 'Hello {{contact.shoeSize}}' }, 'crmNote', 'unknown_variable'],
        [{ ...valid, name: '' }, 'name', 'isLength'],
        [{ ...valid, surprise: 1 }, 'surprise', 'whitelistValidation'],
        [{ trigger: valid.trigger, actions: valid.actions }, 'name', 'required'],
      ];
      for (const [body, field, code] of cases) {
        const res = await hub.http.post(`/v1/campaigns/${campaign}/workflows`).set(keys.editor).send(body).expect(400);
        expect(res.body.error.details).toEqual(expect.arrayContaining([expect.objectContaining({ field, code })]));
      }
      const noForm = await createCampaign(hub, ws);
      const form = await hub.http.post(`/v1/campaigns/${noForm}/workflows`).set(keys.editor).send({ ...valid, trigger: { type: 'form_status', values: ['completed'] } }).expect(400);
      expect(form.body.error.details[0]).toMatchObject({ field: 'trigger.type', code: 'no_linked_form' });
      const options = await hub.http.get(`/v1/campaigns/${noForm}/workflow-options`).set(keys.viewer).expect(200);
      expect(options.body.triggers.map((t: { type: string }) => t.type)).not.toContain('form_status');
    });

    it('reads and writes one list from both places', async () => {
      const top = await hub.http.post('/v1/workflows').set(keys.editor).send({ ...valid, campaignId: campaign }).expect(201);
      const id = top.body.id;
      expect(top.body.createdBy.label).toBe('editor key');
      const nested = await hub.http.get(`/v1/campaigns/${campaign}/workflows/${id}`).set(keys.viewer).expect(200);
      expect(nested.body).toEqual(top.body);
      const patched = await hub.http.patch(`/v1/campaigns/${campaign}/workflows/${id}`).set(keys.editor).send({ enabled: false, name: 'Renamed' }).expect(200);
      expect(patched.body).toMatchObject({ enabled: false, name: 'Renamed' });
      const listed = await hub.http.get(`/v1/workflows?campaignId=${campaign}`).set(keys.viewer).expect(200);
      expect(listed.body.data.find((w: { id: string }) => w.id === id)).toMatchObject({ enabled: false, name: 'Renamed' });
      const other = await createCampaign(hub, ws);
      await hub.http.get(`/v1/campaigns/${other}/workflows/${id}`).set(keys.viewer).expect(404);
      await hub.http.delete(`/v1/workflows/${id}`).set(keys.editor).expect(204);
      await hub.http.get(`/v1/campaigns/${campaign}/workflows/${id}`).set(keys.viewer).expect(404);
      const missing = await hub.http.post('/v1/workflows').set(keys.editor).send(valid).expect(400);
      expect(missing.body.error.details[0].field).toBe('campaignId');
    });

    it('offers the CRM statuses of the mapping; a status taken out marks workflows as needing attention and its step is skipped', async () => {
      const options = await hub.http.get(`/v1/campaigns/${campaign}/workflow-options`).set(keys.viewer).expect(200);
      expect(options.body.crm.name).toBe('SmartAdvocate');
      expect(options.body.crm.statuses.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(['826', '828', '950']));
      const mapped = await createCampaign(hub, ws);
      const workflow = await hub.http
        .post(`/v1/campaigns/${mapped}/workflows`)
        .set(keys.editor)
        .send({ name: 'To retained', trigger: { type: 'human_handoff' }, actions: [{ type: 'update_crm_status', statusId: '828' }, { type: 'stop_calls' }] })
        .expect(201);
      expect(workflow.body.needsAttention).toBe(false);

      await hub.http.put('/v1/crm-connection/mapping').set(ws.auth).send({ statuses: [{ id: '828', usable: false }, { id: '826', label: 'Intake (firm label)' }] }).expect(200);
      const after = await hub.http.get(`/v1/campaigns/${mapped}/workflow-options`).set(keys.viewer).expect(200);
      expect(after.body.crm.statuses.map((s: { id: string }) => s.id)).not.toContain('828');
      expect(after.body.crm.statuses).toEqual(expect.arrayContaining([expect.objectContaining({ id: '826', name: 'Intake (firm label)' })]));
      const flagged = await hub.http.get(`/v1/workflows/${workflow.body.id}`).set(keys.viewer).expect(200);
      expect(flagged.body.needsAttention).toBe(true);
      expect(flagged.body.attention[0]).toMatch(/"828" is no longer in the CRM mapping/);

      const event = events.handoff(mapped, 'k_attention');
      await hub.http.post('/v1/events').set(keys.ingest).send(event).expect(202);
      const [run] = await waitForRuns(hub, ws.auth, mapped, event.id);
      expect(run.actions[0]).toMatchObject({ kind: 'update_crm_status', status: 'skipped' });
      expect(run.actions[0].reason).toMatch(/no longer in the workspace's CRM mapping/);
      expect(run.actions[1].status).toBe('succeeded');
      await hub.http.put('/v1/crm-connection/mapping').set(ws.auth).send({ statuses: [{ id: '828', usable: true }] }).expect(200);
      expect((await hub.http.get(`/v1/workflows/${workflow.body.id}`).set(keys.viewer)).body.needsAttention).toBe(false);
    });

    it('a status the CRM drops leaves the mapping at the next sync', async () => {
      const dropped = await createCampaign(hub, ws);
      const workflow = await hub.http.post(`/v1/campaigns/${dropped}/workflows`).set(keys.editor).send({ name: 'Closed', trigger: { type: 'human_handoff' }, actions: [{ type: 'update_crm_status', statusId: '950' }] }).expect(201);
      crm.state.caseStatuses = crm.state.caseStatuses.filter((s) => s.id !== 950);
      const synced = await hub.http.post('/v1/crm-connection/mapping/sync').set(ws.auth).expect(200);
      expect(synced.body.statuses.map((s: { id: string }) => s.id)).not.toContain('950');
      expect((await hub.http.get(`/v1/workflows/${workflow.body.id}`).set(keys.viewer)).body.needsAttention).toBe(true);
    });

    it('lists templates and creates from one, asking for the status a template needs', async () => {
      const templates = await hub.http.get('/v1/workflow-templates').set(keys.viewer).expect(200);
      expect(templates.body.data.map((t: { key: string }) => t.key)).toEqual(['unsuccessful_call_stop_and_note', 'converted_update_status', 'not_interested_stop_outreach', 'handoff_call_back_note', 'form_completed_update_status']);
      const needs = await hub.http.post(`/v1/campaigns/${campaign}/workflows`).set(keys.editor).send({ template: 'converted_update_status' }).expect(400);
      expect(needs.body.error.details[0]).toMatchObject({ field: 'statusId', code: 'required' });
      const made = await hub.http.post(`/v1/campaigns/${campaign}/workflows`).set(keys.editor).send({ template: 'converted_update_status', statusId: '828' }).expect(201);
      expect(made.body.card).toEqual({ when: 'Post Call Status is Converted', then: 'Update CRM Status to Retained · Stop Campaign' });
      const handoff = await hub.http.post(`/v1/campaigns/${campaign}/workflows`).set(keys.editor).send({ template: 'handoff_call_back_note', name: 'Our callback' }).expect(201);
      expect(handoff.body).toMatchObject({ name: 'Our callback', trigger: { type: 'human_handoff' }, actions: [{ type: 'post_crm_note' }] });
      expect(handoff.body.crmNote).toContain('{{contact.name}}');
      const noForm = await createCampaign(hub, ws);
      const form = await hub.http.post(`/v1/campaigns/${noForm}/workflows`).set(keys.editor).send({ template: 'form_completed_update_status', statusId: '828' }).expect(400);
      expect(form.body.error.details[0].code).toBe('no_linked_form');
      const unknown = await hub.http.post(`/v1/campaigns/${campaign}/workflows`).set(keys.editor).send({ template: 'nope' }).expect(400);
      expect(unknown.body.error.details[0]).toMatchObject({ field: 'template', code: 'unknown_template' });
    });

    it('never fires a workflow twice for one event, even when the event is processed again', async () => {
      const once = await createCampaign(hub, ws);
      await hub.http.post(`/v1/campaigns/${once}/workflows`).set(keys.editor).send({ name: 'Once', trigger: { type: 'human_handoff' }, actions: [{ type: 'stop_calls' }, { type: 'post_crm_note' }] }).expect(201);
      const event = events.handoff(once, 'k_once');
      await hub.http.post('/v1/events').set(keys.ingest).send(event).expect(202);
      const [run] = await waitForRuns(hub, ws.auth, once, event.id);
      const notesBefore = crm.state.notes.length;
      expect((await hub.http.post('/v1/events').set(keys.ingest).send(event).expect(202)).body.status).toBe('duplicate');

      // Force a second processing of the stored event, as after a worker crash.
      const db = await mongoose.createConnection(hub.config.mongodbUri!).asPromise();
      await db.collection('events').updateOne({ eventId: event.id }, { $set: { state: 'pending', enqueued: false } });
      await waitFor(async () => (await db.collection('events').findOne({ eventId: event.id }))?.attempts === 2, 20_000);
      await db.close();
      const runs = await waitForRuns(hub, ws.auth, once, event.id);
      expect(runs.map((r) => r.id)).toEqual([run.id]);
      expect(runs[0].actions.map((a) => a.attempts)).toEqual([1, 1]);
      expect(crm.state.notes.length).toBe(notesBefore);
    });

    it('reports which workflows fired: counts per workflow, runs newest first, filters and pages', async () => {
      const reported = await createCampaign(hub, ws);
      const a = await hub.http.post(`/v1/campaigns/${reported}/workflows`).set(keys.editor).send({ name: 'Stop', trigger: { type: 'post_call_status', values: ['unsuccessful'] }, actions: [{ type: 'stop_calls' }] }).expect(201);
      await hub.http.post(`/v1/campaigns/${reported}/workflows`).set(keys.editor).send({ name: 'Note', trigger: { type: 'post_call_status', values: ['unsuccessful'] }, actions: [{ type: 'post_crm_note' }] }).expect(201);
      const posted = [];
      for (let i = 0; i < 3; i++) {
        const event = events.call(reported, `k_r${i}`, 'unsuccessful', i === 2 ? '404404404' : '9000002');
        await hub.http.post('/v1/events').set(keys.ingest).send(event).expect(202);
        await waitForRuns(hub, ws.auth, reported, event.id, 2);
        posted.push(event);
      }
      const report = await hub.http.get(`/v1/campaigns/${reported}/reports/workflows`).set(keys.viewer).expect(200);
      const summary = Object.fromEntries(report.body.summary.workflows.map((w: { name: string }) => [w.name, w]));
      expect(summary.Stop).toMatchObject({ runs: 3, outcomes: { succeeded: 3 }, actions: { succeeded: 3 } });
      expect(summary.Note).toMatchObject({ runs: 3, outcomes: { succeeded: 2, failed: 1 }, actions: { succeeded: 2, failed: 1 } });
      expect(report.body.runs.map((r: { event: { id: string } }) => r.event.id).filter((_: string, i: number) => i % 2 === 0)).toEqual(posted.map((e) => e.id).reverse());
      expect(report.body.runs[0]).toMatchObject({ workflow: { card: expect.any(Object) }, contact: { id: 'k_r2' }, firedAt: expect.any(String) });

      const failed = await hub.http.get(`/v1/campaigns/${reported}/reports/workflows?outcome=failed`).set(keys.viewer).expect(200);
      expect(failed.body.runs).toHaveLength(1);
      expect(failed.body.runs[0].actions[0]).toMatchObject({ kind: 'post_crm_note', status: 'failed' });
      const onlyA = await hub.http.get(`/v1/campaigns/${reported}/reports/workflows?workflowId=${a.body.id}`).set(keys.viewer).expect(200);
      expect(onlyA.body.runs.every((r: { workflow: { id: string } }) => r.workflow.id === a.body.id)).toBe(true);

      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { runs: Array<{ id: string }>; nextCursor: string | null } } = await hub.http
          .get(`/v1/campaigns/${reported}/reports/workflows?limit=4${cursor ? `&cursor=${cursor}` : ''}`)
          .set(keys.viewer)
          .expect(200);
        seen.push(...page.body.runs.map((r) => r.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(6);
      expect(new Set(seen).size).toBe(6);
      const future = await hub.http.get(`/v1/campaigns/${reported}/reports/workflows?from=2099-01-01T00:00:00Z&to=2099-02-01T00:00:00Z`).set(keys.viewer).expect(200);
      expect(future.body.runs).toEqual([]);
      const bad = await hub.http.get(`/v1/campaigns/${reported}/reports/workflows?limit=1000&outcome=great`).set(keys.viewer).expect(400);
      expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['limit', 'outcome']);
    });

    it('lets viewers read and only editors and admins change; a key limited to other campaigns sees 404', async () => {
      const created = await hub.http.post(`/v1/campaigns/${campaign}/workflows`).set(keys.editor).send(valid).expect(201);
      const id = created.body.id;
      await hub.http.get(`/v1/campaigns/${campaign}/workflows`).set(keys.viewer).expect(200);
      await hub.http.get(`/v1/campaigns/${campaign}/workflow-options`).set(keys.viewer).expect(200);
      await hub.http.get(`/v1/campaigns/${campaign}/reports/workflows`).set(keys.viewer).expect(200);
      await hub.http.post(`/v1/campaigns/${campaign}/workflows`).set(keys.viewer).send(valid).expect(403);
      await hub.http.patch(`/v1/workflows/${id}`).set(keys.viewer).send({ enabled: false }).expect(403);
      await hub.http.delete(`/v1/campaigns/${campaign}/workflows/${id}`).set(keys.viewer).expect(403);
      await hub.http.get(`/v1/workflows`).set(keys.ingest).expect(403);
      await hub.http.patch(`/v1/workflows/${id}`).set(ws.auth).send({ enabled: false }).expect(200);
      await hub.http.patch(`/v1/workflows/${id}`).set(keys.editor).send({ enabled: true }).expect(200);

      const other = await createCampaign(hub, ws);
      const limited = bearer(await createKey(hub, ws, 'editor', [other]));
      await hub.http.get(`/v1/campaigns/${campaign}/workflows`).set(limited).expect(404);
      await hub.http.get(`/v1/workflows/${id}`).set(limited).expect(404);
      await hub.http.patch(`/v1/workflows/${id}`).set(limited).send({ enabled: false }).expect(404);
      await hub.http.get(`/v1/campaigns/${campaign}/reports/workflows`).set(limited).expect(404);
      const visible = await hub.http.get('/v1/workflows').set(limited).expect(200);
      expect(visible.body.data).toEqual([]);
      const otherWs = await createWorkspace(hub, 'Other firm');
      await hub.http.get(`/v1/workflows/${id}`).set(otherWs.auth).expect(404);
    });
  });
});
