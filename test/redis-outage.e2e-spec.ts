import { callCompleted, createCampaign, createWorkspace, TestWorkspace } from './support/fixtures';
import { startHub, TestHub, waitFor } from './support/hub-test-app';
import { RedisProcess } from './support/redis-process';

describe('ingest while Redis is down', () => {
  let redis: RedisProcess;
  let hub: TestHub;
  let ws: TestWorkspace;
  let campaign: string;

  beforeAll(async () => {
    redis = await RedisProcess.create();
    await redis.start();
    hub = await startHub('redis_outage', { config: { redisUrl: redis.url, pendingRequeueAfterMs: 60_000 } });
    ws = await createWorkspace(hub);
    campaign = await createCampaign(hub, ws);
  });
  afterAll(async () => {
    await hub.close();
    await redis.stop();
  });

  it('accepts events with Redis stopped, and processes each exactly once when it is back', async () => {
    const before = callCompleted(campaign);
    await hub.http.post('/v1/events').set(ws.auth).send(before).expect(202);
    await waitFor(async () => (await hub.http.get(`/v1/events/${before.id}`).set(ws.auth)).body.state === 'processed');

    await redis.stop();
    const ready = await hub.http.get('/health/ready').expect(503);
    expect(ready.body.checks.redis.status).toBe('down');

    const during = Array.from({ length: 20 }, () => callCompleted(campaign));
    const single = await hub.http.post('/v1/events').set(ws.auth).send(during[0]).expect(202);
    expect(single.body.status).toBe('accepted');
    const batch = await hub.http
      .post('/v1/events')
      .set(ws.auth)
      .send({ events: during.slice(1) })
      .expect(202);
    expect(batch.body.accepted).toBe(19);
    for (const event of during) {
      const stored = (await hub.http.get(`/v1/events/${event.id}`).set(ws.auth).expect(200)).body;
      expect(stored.state).toBe('pending');
    }

    await redis.start();
    await waitFor(async () => {
      const states = await Promise.all(during.map(async (e) => (await hub.http.get(`/v1/events/${e.id}`).set(ws.auth)).body));
      return states.every((s) => s.state === 'processed') && states;
    }, 40_000);
    const final = await Promise.all(during.map(async (e) => (await hub.http.get(`/v1/events/${e.id}`).set(ws.auth)).body));
    expect(final.map((s) => s.attempts)).toEqual(during.map(() => 1));
    await hub.http.get('/health/ready').expect(200);
  });
});
