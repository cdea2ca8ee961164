import type { FieldError } from './event.type';

export const FIELD_ERROR_CODES = [
  'required',
  'invalid_type',
  'unknown_type',
  'invalid_enum',
  'invalid_phone',
  'invalid_timestamp',
  'invalid_email',
  'invalid_number',
  'invalid_url',
  'too_long',
  'invalid_text',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

export function fieldError(field: string, code: FieldErrorCode, message: string): FieldError {
  return { field, code, message };
}
