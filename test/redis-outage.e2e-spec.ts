import { describeWithHub } from './support/describe-with-hub';
import { callCompleted } from './support/fixtures';
import { waitFor } from './support/hub-test-app';
import { RedisProcess } from './support/redis-process';

let redis: RedisProcess;

// Redis of its own, started before the hub (an outer beforeAll runs first) and stopped after it.
beforeAll(async () => {
  redis = await RedisProcess.create();
  await redis.start();
});
afterAll(() => redis.stop());

const hubOptions = { label: 'redis_outage', config: () => ({ redisUrl: redis.url, pendingRequeueAfterMs: 60_000 }) };

describeWithHub('ingest while Redis is down', hubOptions, (suite) => {
  it('accepts events with Redis stopped, and processes each exactly once when it is back', async () => {
    const before = callCompleted(suite.campaign);
    await suite.hub.http.post('/v1/events').set(suite.ws.auth).send(before).expect(202);
    await waitFor(async () => (await suite.hub.http.get(`/v1/events/${before.id}`).set(suite.ws.auth)).body.state === 'processed');

    await redis.stop();
    const ready = await suite.hub.http.get('/health/ready').expect(503);
    expect(ready.body.checks.redis.status).toBe('down');

    const during = Array.from({ length: 20 }, () => callCompleted(suite.campaign));
    const single = await suite.hub.http.post('/v1/events').set(suite.ws.auth).send(during[0]).expect(202);
    expect(single.body.status).toBe('accepted');
    const batch = await suite.hub.http
      .post('/v1/events')
      .set(suite.ws.auth)
      .send({ events: during.slice(1) })
      .expect(202);
    expect(batch.body.accepted).toBe(19);
    for (const event of during) {
      const stored = (await suite.hub.http.get(`/v1/events/${event.id}`).set(suite.ws.auth).expect(200)).body;
      expect(stored.state).toBe('pending');
    }

    await redis.start();
    await waitFor(async () => {
      const states = await Promise.all(during.map(async (e) => (await suite.hub.http.get(`/v1/events/${e.id}`).set(suite.ws.auth)).body));
      return states.every((s) => s.state === 'processed') && states;
    }, 40_000);
    const final = await Promise.all(during.map(async (e) => (await suite.hub.http.get(`/v1/events/${e.id}`).set(suite.ws.auth)).body));
    expect(final.map((s) => s.attempts)).toEqual(during.map(() => 1));
    await suite.hub.http.get('/health/ready').expect(200);
  });
});
