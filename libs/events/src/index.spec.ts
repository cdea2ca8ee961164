import * as events from '@hub/events';

describe('@hub/events', () => {
  it('exposes the normalizer, its helpers and the catalog', () => {
    expect(events).toMatchObject({
      normalizeEvent: expect.any(Function),
      toSlug: expect.any(Function),
      parseEventTypeName: expect.any(Function),
      normalizeTimestamp: expect.any(Function),
      normalizePhone: expect.any(Function),
      normalizeContact: expect.any(Function),
      EVENT_CATALOG: expect.any(Array),
      INBOUND_EVENT_TYPES: expect.any(Array),
      HUB_EVENT_TYPES: expect.any(Array),
      FIELD_ERROR_CODES: expect.any(Array),
    });
  });
});
