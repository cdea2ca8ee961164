import { createCampaign, createWorkspace, TestWorkspace } from '../support/fixtures';
import { EventPump } from '../support/event-pump';
import { allInState, HubRecords } from '../support/hub-records';
import { startHub, TestHub, waitFor } from '../support/hub-test-app';
import { RedisProcess } from '../support/redis-process';

describe('Redis stopped and started during a load', () => {
  let redis: RedisProcess;
  let hub: TestHub;
  let records: HubRecords;
  let ws: TestWorkspace;
  let campaign: string;

  beforeAll(async () => {
    redis = await RedisProcess.create();
    await redis.start();
    hub = await startHub('fault_redis_load', { config: { redisUrl: redis.url, pendingRequeueAfterMs: 3_000 } });
    ws = await createWorkspace(hub);
    campaign = await createCampaign(hub, ws);
    records = await HubRecords.open(hub.config.mongodbUri!);
  });
  afterAll(async () => {
    await records.close();
    await hub.close();
    await redis.stop();
  });

  it('processes every event acknowledged before, during and after the outage', async () => {
    const pump = new EventPump(hub.url, ws.auth, campaign, 50);
    await waitFor(() => pump.accepted().length >= 20, 30_000);
    pump.phase = 'during';
    await redis.stop();
    await waitFor(() => pump.sent.filter((e) => e.phase === 'during').length >= 20, 30_000);
    pump.phase = 'after';
    await redis.start();
    await waitFor(() => pump.sent.filter((e) => e.phase === 'after' && e.status === 202).length >= 20, 30_000);
    const sent = await pump.stop();

    for (const phase of ['before', 'during', 'after']) {
      const ofPhase = sent.filter((e) => e.phase === phase);
      expect({ phase, statuses: [...new Set(ofPhase.map((e) => e.status))] }).toEqual({ phase, statuses: [202] });
    }
    const accepted = pump.accepted();
    await waitFor(() => allInState(records, accepted, 'processed'), 50_000, 500);
    expect(await records.countEvents({ eventId: { $in: accepted } })).toBe(accepted.length);
  });
});
