import type { FieldError } from './event.type';
import { fieldError } from './field-error.util';
import { toSlug } from './slugify.util';

export const ID_MAX_LENGTH = 200;
export const TEXT_MAX_LENGTH = 10_000;

/** Where a reader reports problems: the canonical field path and the shared error list. */
export interface FieldTarget {
  field: string;
  errors: FieldError[];
}

const isBlank = (raw: unknown): boolean => raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');

/** False when the value is absent, after reporting it if the field is required. */
function isPresent(raw: unknown, { field, errors }: FieldTarget, required: boolean): boolean {
  if (!isBlank(raw)) return true;
  if (required) errors.push(fieldError(field, 'required', `${field} is required`));
  return false;
}

/** A lone surrogate cannot be stored as UTF-8: the driver would silently replace it with U+FFFD. */
const LONE_SURROGATE = /\p{Cs}/u;

function withinLength(value: string, max: number, { field, errors }: FieldTarget): string | undefined {
  if (LONE_SURROGATE.test(value)) {
    errors.push(fieldError(field, 'invalid_text', `${field} is not well-formed Unicode`));
    return undefined;
  }
  if (value.length <= max) return value;
  errors.push(fieldError(field, 'too_long', `${field} must be at most ${max} characters (got ${value.length})`));
  return undefined;
}

/** A trimmed string; numbers are accepted because producers often send numeric ids. */
export function readId(raw: unknown, target: FieldTarget, required = false): string | undefined {
  if (!isPresent(raw, target, required)) return undefined;
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  if (typeof raw !== 'string') {
    target.errors.push(fieldError(target.field, 'invalid_type', `${target.field} must be a string or a number`));
    return undefined;
  }
  return withinLength(raw.trim(), ID_MAX_LENGTH, target);
}

/** A trimmed free-text string. */
export function readText(raw: unknown, target: FieldTarget, required = false): string | undefined {
  if (!isPresent(raw, target, required)) return undefined;
  if (typeof raw !== 'string') {
    target.errors.push(fieldError(target.field, 'invalid_type', `${target.field} must be a string`));
    return undefined;
  }
  return withinLength(raw.trim(), TEXT_MAX_LENGTH, target);
}

/** One of `allowed`, matched on its slug so display names ("Needs Follow Up") and any case are accepted. */
export function readEnum<T extends string>(raw: unknown, allowed: readonly T[], target: FieldTarget, required = false): T | undefined {
  if (!isPresent(raw, target, required)) return undefined;
  const slug = typeof raw === 'string' ? toSlug(raw) : undefined;
  const match = allowed.find((value) => value === slug);
  if (match === undefined) {
    const message = `${target.field} must be one of ${allowed.join(', ')} (got ${JSON.stringify(raw)})`;
    target.errors.push(fieldError(target.field, 'invalid_enum', message));
  }
  return match;
}

/** Any non-empty string as its slug: used where unknown values are kept rather than rejected. */
export function readSlug(raw: unknown, target: FieldTarget): string | undefined {
  const text = readText(raw, target);
  return text === undefined ? undefined : toSlug(text) || undefined;
}

/** A finite number ≥ 0, given as a number or a numeric string. */
export function readNonNegativeNumber(raw: unknown, target: FieldTarget): number | undefined {
  if (!isPresent(raw, target, false)) return undefined;
  const value = typeof raw === 'string' ? Number(raw.trim()) : raw;
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  target.errors.push(fieldError(target.field, 'invalid_number', `${target.field} must be a non-negative number`));
  return undefined;
}

/** An absolute http(s) URL, kept as given (trimmed). */
export function readHttpUrl(raw: unknown, target: FieldTarget): string | undefined {
  const text = readText(raw, target);
  if (text === undefined) return undefined;
  if (URL.canParse(text) && ['http:', 'https:'].includes(new URL(text).protocol)) return text;
  target.errors.push(fieldError(target.field, 'invalid_url', `${target.field} must be an http or https URL`));
  return undefined;
}

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A lowercased address of the form local@domain.tld. */
export function readEmail(raw: unknown, target: FieldTarget): string | undefined {
  const text = readText(raw, target)?.toLowerCase();
  if (text === undefined || EMAIL_SHAPE.test(text)) return text;
  target.errors.push(fieldError(target.field, 'invalid_email', `${target.field} must be an email address`));
  return undefined;
}

/** Targets for the fields of one canonical object, e.g. `under('data.call')('status')`. */
export function targetsUnder(prefix: string, errors: FieldError[]): (name: string) => FieldTarget {
  return (name) => ({ field: `${prefix}.${name}`, errors });
}
