import { schemaViolations } from './schema-violations';

const SCHEMA = {
  title: 'person',
  type: 'object',
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 3, pattern: '^[a-z]+$' },
    kind: { const: 'person' },
    role: { type: 'string', enum: ['a', 'b'] },
    age: { type: 'number', minimum: 0 },
    at: { type: 'string', format: 'date-time' },
    tags: { type: 'object', properties: { vip: { type: 'boolean' } }, additionalProperties: false },
  },
  required: ['id', 'kind'],
  additionalProperties: false,
};

describe('schemaViolations', () => {
  it('accepts a conforming value', () => {
    const value = { id: 'abc', kind: 'person', role: 'a', age: 0, at: '2024-05-01T00:00:00.000Z', tags: { vip: true } };
    expect(schemaViolations(SCHEMA, value)).toEqual([]);
  });

  it('lists every violation with its path', () => {
    const value = { id: 'ABCD', role: 'c', age: -1, at: '2024-05-01', tags: { vip: 'yes', x: 1 }, extra: 1 };
    expect(schemaViolations(SCHEMA, value)).toEqual([
      '$.id: longer than 3',
      '$.id: must match ^[a-z]+$',
      '$.role: must be one of ["a","b"]',
      '$.age: below 0',
      '$.at: must be a date-time',
      '$.tags.vip: must be a boolean',
      '$.tags: unexpected x',
      '$: missing kind',
      '$: unexpected extra',
    ]);
  });

  it('refuses keywords it does not implement', () => {
    expect(() => schemaViolations({ oneOf: [] }, {})).toThrow('oneOf');
  });
});
