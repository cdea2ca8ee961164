import { zapierPayload } from './zapier-payload.util';

describe('zapierPayload', () => {
  it('keeps the event body and puts the envelope fields on top', () => {
    const body = { id: 'old', contact: { id: 'c1' }, data: { call: { status: 'successful' } } };
    expect(zapierPayload({ id: 'evt_1', type: 'call.completed', occurredAt: '2026-01-01T00:00:00.000Z', campaignId: 'cmp' }, body)).toEqual(
      {
        id: 'evt_1',
        type: 'call.completed',
        occurredAt: '2026-01-01T00:00:00.000Z',
        campaignId: 'cmp',
        contact: { id: 'c1' },
        data: { call: { status: 'successful' } },
      },
    );
  });

  it('answers null for an event without a campaign', () => {
    expect(zapierPayload({ id: 'e', type: 'webhook.test', occurredAt: 'x', campaignId: '' }, {}).campaignId).toBeNull();
  });
});
