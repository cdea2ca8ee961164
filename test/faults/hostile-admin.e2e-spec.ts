import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { FAKE_SMARTADVOCATE_USER, FakeSmartAdvocate, startFakeSmartAdvocate } from '../../connectors/smartadvocate/test/fake-smartadvocate.server';
import { createCampaign, createWorkspace, TestWorkspace } from '../support/fixtures';
import { expectNoSecret, expectNoServerError, hostileJson, hostileString } from '../support/hostile-arbitraries';
import { HubRecords } from '../support/hub-records';
import { startHub, TestHub } from '../support/hub-test-app';

describe('hostile and malformed payloads at the admin endpoints (property-based)', () => {
  let hub: TestHub;
  let crm: FakeSmartAdvocate;
  let ws: TestWorkspace;
  let campaign: string;
  let records: HubRecords;
  let secrets: string[];
  const crmSecret = `S3cret-${randomBytes(8).toString('hex')}`;
  const created = { campaigns: 1, api_keys: 1, workflows: 0 };

  beforeAll(async () => {
    crm = await startFakeSmartAdvocate({ inferred: 'all' });
    hub = await startHub('fault_hostile_admin', { role: 'api' });
    ws = await createWorkspace(hub);
    campaign = await createCampaign(hub, ws);
    records = await HubRecords.open(hub.config.mongodbUri!);
    secrets = [hub.adminToken, hub.config.encryptionKey!, crmSecret, ws.adminKey];
  });
  afterAll(async () => {
    await records.close();
    await hub.close();
    await crm.close();
  });

  const send = async (method: 'post' | 'put' | 'patch', path: string, body: unknown) => {
    const res = await hub.http[method](path).set(ws.auth).set('Content-Type', 'application/json').send(JSON.stringify(body) ?? 'null');
    expectNoServerError(res.status, res.body);
    expectNoSecret(res.text, secrets);
    if (res.status >= 400) expect(res.body.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    return res;
  };

  const anyObject = fc.dictionary(fc.oneof(hostileString, fc.constantFrom('name', 'label', 'role', 'campaignIds', 'trigger', 'actions', 'crmNote', 'enabled', 'form')), hostileJson, { maxKeys: 6 });

  it('campaigns: 201 or 400, and a campaign is stored only when created', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyObject, hostileJson), async (body) => {
        const res = await send('post', '/v1/campaigns', body);
        expect([201, 400]).toContain(res.status);
        if (res.status === 201) created.campaigns++;
      }),
      { numRuns: 300 },
    );
    expect(await records.count('campaigns')).toBe(created.campaigns);
  });

  it('api-keys: a malformed request creates no key and never echoes another key', async () => {
    const body = fc.oneof(anyObject, fc.record({ label: hostileString, role: fc.oneof(hostileString, fc.constantFrom('admin', 'editor', 'ingest', 'read')), campaignIds: hostileJson }, { requiredKeys: [] }));
    await fc.assert(
      fc.asyncProperty(body, async (input) => {
        const res = await send('post', '/v1/api-keys', input);
        expect([201, 400, 404]).toContain(res.status);
        if (res.status === 201) created.api_keys++;
      }),
      { numRuns: 300 },
    );
    expect(await records.count('api_keys')).toBe(created.api_keys);
  });

  it('workflows: 201, 400 or 404, and a workflow is stored only when created', async () => {
    const trigger = fc.oneof(hostileJson, fc.record({ type: fc.oneof(hostileString, fc.constantFrom('post_call_status', 'message_reply_bucket', 'human_handoff', 'form_status')), values: hostileJson }));
    const actions = fc.oneof(hostileJson, fc.array(fc.oneof(hostileJson, fc.record({ type: fc.constantFrom('stop_calls', 'update_crm_status', 'post_crm_note', '__proto__'), statusId: hostileJson }))));
    const body = fc.record({ name: fc.oneof(hostileString, hostileJson), trigger, actions, crmNote: hostileJson, enabled: hostileJson }, { requiredKeys: [] });
    const target = fc.constantFrom(`/v1/campaigns/${campaign}/workflows`, '/v1/campaigns/not-an-id/workflows', '/v1/campaigns/%24ne/workflows', '/v1/workflows');
    await fc.assert(
      fc.asyncProperty(target, body, async (path, input) => {
        const res = await send('post', path, input);
        expect([201, 400, 404]).toContain(res.status);
        if (res.status === 201) created.workflows++;
      }),
      { numRuns: 300 },
    );
    expect(await records.count('workflows')).toBe(created.workflows);
  });

  it('crm-connection: a refused connection is not stored and its credentials never come back', async () => {
    const baseUrl = fc.oneof(
      fc.constantFrom(crm.url, 'http://127.0.0.1:1/CaseSyncAPI/', 'ftp://127.0.0.1/', 'javascript:alert(1)', 'http://[::1]:1/', 'http://127.0.0.1:1/%00', 'file:///etc/passwd'),
      hostileString.map((s) => `not a url ${s}`),
      hostileJson,
    );
    const credentials = fc.oneof(
      fc.constant({ username: FAKE_SMARTADVOCATE_USER.username, password: crmSecret }),
      fc.dictionary(hostileString, fc.oneof(hostileJson, fc.constant(crmSecret)), { maxKeys: 4 }).map((c) => ({ ...c, password: crmSecret })),
      hostileJson,
    );
    const provider = fc.oneof(fc.constantFrom('smartadvocate', 'lawruler', '__proto__', 'constructor', ''), hostileJson);
    await fc.assert(
      fc.asyncProperty(fc.record({ provider, baseUrl, credentials }, { requiredKeys: [] }), async (input) => {
        const res = await send('put', '/v1/crm-connection', input);
        expect(res.status).toBeGreaterThanOrEqual(400);
      }),
      { numRuns: 250 },
    );
    await hub.http.get('/v1/crm-connection').set(ws.auth).expect(404);
    expect(await records.count('crm_connections')).toBe(0);
  });
});
