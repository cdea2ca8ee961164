import type { CountryCode } from 'libphonenumber-js';
import type { FieldError } from './event.type';
import { normalizePhone } from './normalize-phone.util';

function run(raw: unknown, country: CountryCode = 'US'): { value: string | undefined; errors: FieldError[] } {
  const errors: FieldError[] = [];
  return { value: normalizePhone(raw, country, { field: 'contact.phone', errors }), errors };
}

describe('normalizePhone', () => {
  it.each<[unknown, string]>([
    ['(555) 555-0123', '+15555550123'],
    ['555.555.0123', '+15555550123'],
    ['555-555-0123', '+15555550123'],
    ['+1 555 555 0123', '+15555550123'],
    ['15555550123', '+15555550123'],
    ['1 (555) 555-0123', '+15555550123'],
    ['+15555550123', '+15555550123'],
    [' +1-212-555-0100 ', '+12125550100'],
    [5555550123, '+15555550123'],
    ['+44 20 7946 0958', '+442079460958'],
  ])('reads %j as %s with US as the default country', (raw, expected) => {
    expect(run(raw)).toEqual({ value: expected, errors: [] });
  });

  it('reads a local number in the given default country', () => {
    expect(run('020 7946 0958', 'GB')).toEqual({ value: '+442079460958', errors: [] });
  });

  it.each<unknown>(['not a phone', '555-0123', '12', '+1 555 555 0123 4567 89', true, {}])('rejects %j as invalid_phone', (raw) => {
    const { value, errors } = run(raw);
    expect(value).toBeUndefined();
    expect(errors).toEqual([expect.objectContaining({ field: 'contact.phone', code: 'invalid_phone' })]);
  });

  it.each<unknown>([undefined, null, '  '])('treats %j as no phone', (raw) => {
    expect(run(raw)).toEqual({ value: undefined, errors: [] });
  });
});
