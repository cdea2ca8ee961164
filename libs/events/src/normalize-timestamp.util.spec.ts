import type { FieldError } from './event.type';
import { normalizeTimestamp } from './normalize-timestamp.util';

function run(raw: unknown): { value: string | undefined; errors: FieldError[] } {
  const errors: FieldError[] = [];
  return { value: normalizeTimestamp(raw, { field: 'occurredAt', errors }), errors };
}

describe('normalizeTimestamp', () => {
  it.each<[unknown, string]>([
    ['2024-05-01T14:03:22.123Z', '2024-05-01T14:03:22.123Z'],
    ['2024-05-01T14:03:22Z', '2024-05-01T14:03:22.000Z'],
    ['2024-05-01T14:03:22', '2024-05-01T14:03:22.000Z'],
    ['2024-05-01 14:03:22', '2024-05-01T14:03:22.000Z'],
    ['2024-05-01T14:03', '2024-05-01T14:03:00.000Z'],
    ['2024-05-01T10:03:22-04:00', '2024-05-01T14:03:22.000Z'],
    ['2024-05-01T16:03:22+0200', '2024-05-01T14:03:22.000Z'],
    ['2024-05-01T14:03:22.123456Z', '2024-05-01T14:03:22.123Z'],
    ['2024-05-01', '2024-05-01T00:00:00.000Z'],
    ['  2024-05-01T14:03:22Z ', '2024-05-01T14:03:22.000Z'],
    [1714572202, '2024-05-01T14:03:22.000Z'],
    [1714572202.5, '2024-05-01T14:03:22.500Z'],
    [1714572202123, '2024-05-01T14:03:22.123Z'],
    ['1714572202', '2024-05-01T14:03:22.000Z'],
    ['1714572202123', '2024-05-01T14:03:22.123Z'],
  ])('reads %j as %s', (raw, expected) => {
    expect(run(raw)).toEqual({ value: expected, errors: [] });
  });

  it.each<unknown>([
    'yesterday',
    '2024-02-30T00:00:00Z',
    '2024-13-01T00:00:00Z',
    '2024-05-01T25:00:00Z',
    '05/01/2024',
    -1,
    Number.NaN,
    1e20,
    true,
    {},
  ])('rejects %j as invalid_timestamp', (raw) => {
    const { value, errors } = run(raw);
    expect(value).toBeUndefined();
    expect(errors).toEqual([expect.objectContaining({ field: 'occurredAt', code: 'invalid_timestamp' })]);
  });

  it.each<unknown>([undefined, null, ''])('reports %j as required', (raw) => {
    expect(run(raw).errors).toEqual([expect.objectContaining({ field: 'occurredAt', code: 'required' })]);
  });
});
