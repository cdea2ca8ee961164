import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { fieldError } from './field-error.util';
import type { FieldTarget } from './read-field.util';

/**
 * A phone number in any local or international format as E.164. "Possible"
 * (right length) is enough: "valid" would reject the 555 numbers used in tests and demos.
 */
export function normalizePhone(raw: unknown, defaultCountry: CountryCode, { field, errors }: FieldTarget): string | undefined {
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return undefined;
  const text = typeof raw === 'number' ? String(raw) : raw;
  const phone = typeof text === 'string' ? parsePhoneNumberFromString(text.trim(), defaultCountry) : undefined;
  if (phone?.isPossible()) return phone.number;
  errors.push(fieldError(field, 'invalid_phone', `${field} must be a phone number (got ${JSON.stringify(raw)})`));
  return undefined;
}
