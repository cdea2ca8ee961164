import mongoose from 'mongoose';
import type { HubConfig } from '@hub/common';
import { EventRepository } from '@hub/persistence';
import { EventRetentionJobs } from '@hub/worker';
import { callCompleted, createCampaign, createWorkspace, TestWorkspace } from './support/fixtures';
import { HubRecords } from './support/hub-records';
import { startHub, TestHub, waitFor } from './support/hub-test-app';

const DAY_MS = 24 * 3600 * 1000;

describe('event retention', () => {
  let hub: TestHub;
  let ws: TestWorkspace;
  let campaign: string;
  let records: HubRecords;

  beforeAll(async () => {
    hub = await startHub('event_retention', { config: { eventRetentionDays: 90 } });
    ws = await createWorkspace(hub);
    campaign = await createCampaign(hub, ws);
    records = await HubRecords.open(hub.config.mongodbUri!);
  });
  afterAll(async () => {
    await records.close();
    await hub.close();
  });

  const stateOf = async (id: string) => (await hub.http.get(`/v1/events/${id}`).set(ws.auth)).body.state;

  it('deletes processed events past the retention period and keeps failed and pending ones', async () => {
    const [old, failed] = [callCompleted(campaign), callCompleted(campaign)];
    for (const event of [old, failed]) await hub.http.post('/v1/events').set(ws.auth).send(event).expect(202);
    await waitFor(async () => (await stateOf(old.id)) === 'processed' && (await stateOf(failed.id)) === 'processed');
    const connection = await mongoose.createConnection(hub.config.mongodbUri!).asPromise();
    await connection.collection('events').updateOne({ eventId: failed.id }, { $set: { state: 'failed' } });
    await connection.close();
    const [pending] = await hub.app.get(EventRepository).insertNew(
      ws.id,
      [
        {
          eventId: 'evt_retention_pending',
          type: 'call.completed',
          campaignId: campaign,
          contactId: 'c',
          occurredAt: new Date(),
          raw: '{}',
          normalized: {
            id: 'evt_retention_pending',
            type: 'call.completed',
            occurredAt: new Date().toISOString(),
            campaignId: campaign,
            contact: { id: 'c' },
            data: { call: { status: 'successful' } },
          },
        },
      ],
      new Date(),
    );
    expect(pending.status).toBe('inserted');

    const jobs = hub.app.get(EventRetentionJobs);
    expect(await jobs.purgeExpiredEvents(new Date(Date.now() + 89 * DAY_MS))).toBe(0);
    const keepAll = new EventRetentionJobs({ ...hub.config, eventRetentionDays: 0 } as HubConfig, hub.app.get(EventRepository));
    expect(await keepAll.purgeExpiredEvents(new Date(Date.now() + 1000 * DAY_MS))).toBe(0);

    expect(await jobs.purgeExpiredEvents(new Date(Date.now() + 91 * DAY_MS))).toBe(1);
    await hub.http.get(`/v1/events/${old.id}`).set(ws.auth).expect(404);
    expect(await stateOf(failed.id)).toBe('failed');
    expect(await records.countEvents({ eventId: 'evt_retention_pending' })).toBe(1);
  });
});
