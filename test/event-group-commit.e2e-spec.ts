import { getConnectionToken } from '@nestjs/mongoose';
import { Connection, Types } from 'mongoose';
import { EventRepository, NewEvent } from '@hub/persistence';
import { startHub, TestHub } from './support/hub-test-app';

/** Many callers storing events at the same moment share inserts; each must still get its own, correct outcomes. */
describe('events stored together (group commit)', () => {
  let hub: TestHub;
  let events: EventRepository;

  beforeAll(async () => {
    hub = await startHub('group_commit', { role: 'api' });
    events = hub.app.get(EventRepository);
  });
  afterAll(() => hub.close());

  const newEvent = (eventId: string): NewEvent => ({
    eventId,
    type: 'call.completed',
    campaignId: 'c1',
    contactId: 'k1',
    occurredAt: new Date(),
    raw: '{}',
    normalized: {
      id: eventId,
      type: 'call.completed',
      occurredAt: '2026-11-20T15:04:05.000Z',
      campaignId: 'c1',
      contact: { id: 'k1' },
      data: { call: { status: 'successful' } },
    },
  });

  it('starts only once the unique index on event ids exists (a fresh database, nothing awaited but the start)', async () => {
    const indexes = await hub.app.get<Connection>(getConnectionToken()).collection('events').indexes();
    expect(indexes).toEqual(expect.arrayContaining([expect.objectContaining({ key: { workspaceId: 1, eventId: 1 }, unique: true })]));
  });

  it('answers each caller for its own events, duplicates included, across workspaces', async () => {
    const [a, b] = [new Types.ObjectId().toString(), new Types.ObjectId().toString()];
    const ids = Array.from({ length: 30 }, (_, i) => `evt_gc_${i}`);
    // Submitted in one tick: the first two go out at once, the other 58 wait and share inserts.
    const calls = [
      ...ids.map((id, i) => events.insertNew(a, i % 3 === 0 ? [newEvent(id), newEvent(`${id}_x`)] : [newEvent(id)], new Date())),
      ...ids.map((id) => events.insertNew(i3(id) ? a : b, [newEvent(id)], new Date())),
    ];
    const outcomes = await Promise.all(calls);

    ids.forEach((id, i) => {
      const first = outcomes[i];
      expect(first.map((o) => o.status)).toEqual(i % 3 === 0 ? ['inserted', 'inserted'] : ['inserted']);
      expect(outcomes[30 + i].map((o) => o.status)).toEqual([i3(id) ? 'duplicate' : 'inserted']);
    });
    const storedA = await events.find(a, {});
    const storedB = await events.find(b, {});
    expect(storedA).toHaveLength(30 + 10);
    expect(storedB).toHaveLength(20);
    const insertedIds = outcomes.flat().flatMap((o) => (o.status === 'inserted' ? [o.id.toString()] : []));
    expect(new Set(insertedIds)).toEqual(new Set([...storedA, ...storedB].map((e) => e._id.toString())));
  });
});

/** A third of the second round goes to the same workspace (duplicates), the rest to another one. */
function i3(id: string): boolean {
  return Number(id.split('_').pop()) % 3 === 1;
}
