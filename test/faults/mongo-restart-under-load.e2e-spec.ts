import { createCampaign, createWorkspace, TestWorkspace } from '../support/fixtures';
import { EventPump } from '../support/event-pump';
import { FerretDbProcess } from '../support/ferretdb-process';
import { allInState, HubRecords } from '../support/hub-records';
import { startHub, TestHub, waitFor } from '../support/hub-test-app';

jest.setTimeout(120_000);

describe('the MongoDB-wire server stopped and started during a load', () => {
  let ferret: FerretDbProcess;
  let hub: TestHub;
  let ws: TestWorkspace;
  let campaign: string;

  beforeAll(async () => {
    ferret = await FerretDbProcess.create();
    await ferret.start();
    hub = await startHub('fault_mongo_load', { config: { mongodbUri: ferret.uri('fault_mongo_load'), pendingRequeueAfterMs: 3_000 } });
    ws = await createWorkspace(hub);
    campaign = await createCampaign(hub, ws);
  });
  afterAll(async () => {
    await hub.close();
    await ferret.destroy();
  });

  it('answers 503 while the database is down, never 202, and processes every acknowledged event in the end', async () => {
    const pump = new EventPump(hub.url, ws.auth, campaign, 50, 20_000);
    await waitFor(() => pump.accepted().length >= 20, 30_000);
    pump.phase = 'during';
    await ferret.stop();
    pump.phase = 'down';
    await waitFor(() => pump.sent.filter((e) => e.phase === 'down').length >= 20, 60_000);
    const ready = await hub.http.get('/health/ready');
    expect(ready.status).toBe(503);
    pump.phase = 'after';
    await ferret.start();
    const recovered = await waitFor(() => pump.sent.filter((e) => e.phase === 'after' && e.status === 202).length >= 20, 60_000).catch(
      () => false,
    );
    const sent = await pump.stop();

    const statuses = (phase: string) => [...new Set(sent.filter((e) => e.phase === phase).map((e) => e.status))].sort();
    expect({ recovered, after: statuses('after') }).toEqual({ recovered: true, after: expect.arrayContaining([202]) });
    expect(statuses('before')).toEqual([202]);
    const whollyDown = [...new Set(sent.filter((e) => e.phase === 'down' && e.answeredIn === 'down').map((e) => e.status))];
    expect(whollyDown).toEqual([503]);
    expect(statuses('down').filter((s) => s !== 202 && s !== 503)).toEqual([]);
    expect(statuses('during').filter((s) => s !== 202 && s !== 503)).toEqual([]);
    expect(statuses('after').filter((s) => s !== 202 && s !== 503)).toEqual([]);

    // Every acknowledged event, whenever it was sent, is stored and processed. (An unordered bulk
    // insert cut off by the server going away once passed for "all duplicates" and was acknowledged.)
    const accepted = pump.accepted();
    const records = await HubRecords.open(hub.config.mongodbUri!);
    try {
      await waitFor(() => allInState(records, accepted, 'processed'), 60_000, 500);
      const refused = sent.filter((e) => e.status === 503).map((e) => e.id);
      expect(await records.countEvents({ eventId: { $in: refused } })).toBe(0);
    } finally {
      await records.close();
    }
  });
});
