import fc from 'fast-check';
import { callCompleted, createCampaign, createWorkspace, TestWorkspace } from '../support/fixtures';
import { EVENT_PATHS, expectNoSecret, expectNoServerError, hostileJson, mutate } from '../support/hostile-arbitraries';
import { HubRecords } from '../support/hub-records';
import { startHub, TestHub } from '../support/hub-test-app';

describe('hostile and malformed payloads at ingest (property-based)', () => {
  let hub: TestHub;
  let ws: TestWorkspace;
  let campaign: string;
  let records: HubRecords;
  let secrets: string[];
  const accepted = new Set<string>();
  const rejected = new Set<string>();

  beforeAll(async () => {
    hub = await startHub('fault_hostile_ingest', { role: 'api' });
    ws = await createWorkspace(hub);
    campaign = await createCampaign(hub, ws);
    records = await HubRecords.open(hub.config.mongodbUri!);
    secrets = [hub.adminToken, hub.config.encryptionKey!];
  });
  afterAll(async () => {
    await records.close();
    await hub.close();
  });

  const post = async (body: unknown) => {
    const res = await hub.http
      .post('/v1/events')
      .set(ws.auth)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify(body) ?? 'null');
    expectNoServerError(res.status, res.body);
    expectNoSecret(res.text, secrets);
    if (res.status === 202 && res.body.status === 'accepted') accepted.add(res.body.id);
    for (const item of (res.body.results ?? []) as Array<{ id?: string; status: string }>) {
      if (item.status === 'accepted' && item.id) accepted.add(item.id);
      if (item.status === 'rejected' && typeof item.id === 'string') rejected.add(item.id);
    }
    return res;
  };

  it('never answers 500 to any JSON body', async () => {
    await fc.assert(
      fc.asyncProperty(hostileJson, async (body) => void (await post(body))),
      { numRuns: 600 },
    );
  });

  it('rejects a mutated event with 400 naming fields, or accepts it as a well-formed event', async () => {
    await fc.assert(
      fc.asyncProperty(EVENT_PATHS, hostileJson, fc.boolean(), async (path, value, remove) => {
        const res = await post(mutate(callCompleted(campaign), path, value, remove));
        expect([202, 400]).toContain(res.status);
        if (res.status === 400) expect(res.body.error).toMatchObject({ code: 'validation_failed', details: expect.any(Array) });
      }),
      { numRuns: 800 },
    );
  });

  it('in a batch, stores exactly the items it accepts: a rejected item is never stored', async () => {
    const item = fc.oneof(
      fc.constant(null).map(() => callCompleted(campaign)),
      fc.tuple(EVENT_PATHS, hostileJson, fc.boolean()).map(([path, value, remove]) => mutate(callCompleted(campaign), path, value, remove)),
      hostileJson,
    );
    await fc.assert(
      fc.asyncProperty(fc.array(item, { minLength: 1, maxLength: 20 }), async (items) => {
        const res = await post({ events: items });
        expect(res.status).toBe(202);
        expect(res.body.accepted + res.body.duplicates + res.body.rejected).toBe(items.length);
      }),
      { numRuns: 200 },
    );
    const stored = new Set((await records.eventStates([...accepted, ...rejected])).keys());
    expect([...accepted].filter((id) => !stored.has(id))).toEqual([]);
    expect([...rejected].filter((id) => stored.has(id) && !accepted.has(id))).toEqual([]);
    expect(await records.countEvents()).toBe(accepted.size);
  });
});
