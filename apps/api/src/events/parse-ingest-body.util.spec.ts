import { HubError } from '@hub/common';
import { MAX_BATCH, parseIngestBody } from './parse-ingest-body.util';

describe('parseIngestBody', () => {
  it('takes a single event', () => {
    expect(parseIngestBody({ id: 'e1' })).toEqual({ items: [{ id: 'e1' }], batch: false });
  });

  it('takes a batch', () => {
    expect(parseIngestBody({ events: [{ id: 'a' }, { id: 'b' }] })).toEqual({ items: [{ id: 'a' }, { id: 'b' }], batch: true });
  });

  it.each([[[]], ['x'], [null], [[{ id: 1 }]], [{ events: [] }], [{ events: 'x' }], [{ events: new Array(MAX_BATCH + 1).fill({}) }]])(
    'refuses %j',
    (body) => {
      expect(() => parseIngestBody(body)).toThrow(HubError);
    },
  );

  it('names the field at fault', () => {
    try {
      parseIngestBody({ events: [] });
      throw new Error('expected a throw');
    } catch (error) {
      expect((error as HubError).details[0].field).toBe('events');
    }
  });
});
