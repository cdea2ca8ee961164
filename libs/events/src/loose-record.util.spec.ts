import { compact, isRecord, pick, pickRecord } from './loose-record.util';

describe('isRecord', () => {
  it('accepts plain objects only', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord([])).toBe(false);
    expect(isRecord(null)).toBe(false);
    expect(isRecord('x')).toBe(false);
  });
});

describe('pick', () => {
  it.each([{ occurredAt: 1 }, { occurred_at: 1 }, { OccurredAt: 1 }, { 'Occurred At': 1 }, { OCCURRED_AT: 1 }])(
    'finds occurredAt in %j',
    (record) => {
      expect(pick(record, 'occurredAt')).toBe(1);
    },
  );

  it('prefers earlier aliases', () => {
    expect(pick({ timestamp: 't', occurred_at: 'o' }, 'occurredAt', 'timestamp')).toBe('o');
  });

  it('treats null as absent and falls through to the next alias', () => {
    expect(pick({ occurredAt: null, timestamp: 't' }, 'occurredAt', 'timestamp')).toBe('t');
  });

  it('keeps falsy values that are present', () => {
    expect(pick({ duration: 0 }, 'duration')).toBe(0);
    expect(pick({ name: '' }, 'name')).toBe('');
  });

  it('returns undefined when no alias is there', () => {
    expect(pick({ other: 1 }, 'occurredAt')).toBeUndefined();
  });
});

describe('pickRecord', () => {
  it('skips aliases whose value is not an object', () => {
    expect(pickRecord({ call: 'x', Call_Info: { a: 1 } }, 'call', 'callInfo')).toEqual({ a: 1 });
    expect(pickRecord({ call: 'x' }, 'call')).toBeUndefined();
  });
});

describe('compact', () => {
  it('drops undefined properties and keeps the rest', () => {
    expect(compact({ a: undefined, b: 0, c: '', d: null })).toStrictEqual({ b: 0, c: '', d: null });
  });
});
