import { webhookBody } from './webhook-body.util';

describe('webhookBody', () => {
  it('wraps the event as { type, timestamp, data }', () => {
    const payload = { id: 'evt_1', type: 'call.completed', data: { call: { status: 'successful' } } };
    expect(JSON.parse(webhookBody({ type: 'call.completed', occurredAt: '2026-01-01T00:00:00.000Z', payload }))).toEqual({
      type: 'call.completed',
      timestamp: '2026-01-01T00:00:00.000Z',
      data: payload,
    });
  });
});
