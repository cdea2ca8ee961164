import mongoose from 'mongoose';
import type { HubConfig } from '@hub/common';
import { EventRepository } from '@hub/persistence';
import { EventRetentionJobs } from '@hub/worker';
import { describeWithHub } from './support/describe-with-hub';
import { callCompleted } from './support/fixtures';
import { HubRecords } from './support/hub-records';
import { waitFor } from './support/hub-test-app';

const DAY_MS = 24 * 3600 * 1000;

describeWithHub('event retention', { label: 'event_retention', config: { eventRetentionDays: 90 } }, (suite) => {
  let records: HubRecords;

  beforeAll(async () => {
    records = await HubRecords.open(suite.hub.config.mongodbUri!);
  });
  afterAll(() => records.close());

  const stateOf = async (id: string) => (await suite.hub.http.get(`/v1/events/${id}`).set(suite.ws.auth)).body.state;

  it('deletes processed events past the retention period and keeps failed and pending ones', async () => {
    const [old, failed] = [callCompleted(suite.campaign), callCompleted(suite.campaign)];
    for (const event of [old, failed]) await suite.hub.http.post('/v1/events').set(suite.ws.auth).send(event).expect(202);
    await waitFor(async () => (await stateOf(old.id)) === 'processed' && (await stateOf(failed.id)) === 'processed');
    const connection = await mongoose.createConnection(suite.hub.config.mongodbUri!).asPromise();
    await connection.collection('events').updateOne({ eventId: failed.id }, { $set: { state: 'failed' } });
    await connection.close();
    const [pending] = await suite.hub.app.get(EventRepository).insertNew(
      suite.ws.id,
      [
        {
          eventId: 'evt_retention_pending',
          type: 'call.completed',
          campaignId: suite.campaign,
          contactId: 'c',
          occurredAt: new Date(),
          raw: '{}',
          normalized: {
            id: 'evt_retention_pending',
            type: 'call.completed',
            occurredAt: new Date().toISOString(),
            campaignId: suite.campaign,
            contact: { id: 'c' },
            data: { call: { status: 'successful' } },
          },
        },
      ],
      new Date(),
    );
    expect(pending.status).toBe('inserted');

    const jobs = suite.hub.app.get(EventRetentionJobs);
    expect(await jobs.purgeExpiredEvents(new Date(Date.now() + 89 * DAY_MS))).toBe(0);
    const keepAll = new EventRetentionJobs({ ...suite.hub.config, eventRetentionDays: 0 } as HubConfig, suite.hub.app.get(EventRepository));
    expect(await keepAll.purgeExpiredEvents(new Date(Date.now() + 1000 * DAY_MS))).toBe(0);

    expect(await jobs.purgeExpiredEvents(new Date(Date.now() + 91 * DAY_MS))).toBe(1);
    await suite.hub.http.get(`/v1/events/${old.id}`).set(suite.ws.auth).expect(404);
    expect(await stateOf(failed.id)).toBe('failed');
    expect(await records.countEvents({ eventId: 'evt_retention_pending' })).toBe(1);
  });
});
