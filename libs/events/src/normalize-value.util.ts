import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { FieldError } from './event.type';
import { toSlug } from './slugify.util';

/** Collects every problem of one payload, each under its canonical field path. */
export class ErrorBag {
  readonly errors: FieldError[] = [];
  add(field: string, code: string, message: string): undefined {
    this.errors.push({ field, code, message });
    return undefined;
  }
}

const MAX_ID = 200;
const MAX_TEXT = 10_000;

export function readId(value: unknown, field: string, bag: ErrorBag, required: boolean): string | undefined {
  if (value === undefined) return required ? bag.add(field, 'required', `${field} is required`) : undefined;
  if (typeof value !== 'string' && typeof value !== 'number') return bag.add(field, 'invalid_type', `${field} must be a string`);
  const id = String(value).trim();
  if (!id) return required ? bag.add(field, 'required', `${field} is required`) : undefined;
  if (id.length > MAX_ID) return bag.add(field, 'too_long', `${field} must be at most ${MAX_ID} characters`);
  return id;
}

export function readText(value: unknown, field: string, bag: ErrorBag): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return bag.add(field, 'invalid_type', `${field} must be a string`);
  const text = value.trim();
  if (text.length > MAX_TEXT) return bag.add(field, 'too_long', `${field} must be at most ${MAX_TEXT} characters`);
  return text || undefined;
}

export function readEnum<T extends string>(value: unknown, allowed: readonly T[], field: string, bag: ErrorBag): T | undefined {
  if (value === undefined) return undefined;
  const slug = typeof value === 'string' ? toSlug(value) : '';
  if ((allowed as readonly string[]).includes(slug)) return slug as T;
  return bag.add(field, 'invalid_enum', `${field} must be one of: ${allowed.join(', ')}`);
}

export function readNonNegative(value: unknown, field: string, bag: ErrorBag): number | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) return bag.add(field, 'invalid_number', `${field} must be a non-negative number`);
  return n;
}

export function readUrl(value: unknown, field: string, bag: ErrorBag): string | undefined {
  const text = readText(value, field, bag);
  if (text === undefined) return undefined;
  try {
    const url = new URL(text);
    if (url.protocol === 'http:' || url.protocol === 'https:') return text;
  } catch {
    // refused below
  }
  return bag.add(field, 'invalid_url', `${field} must be an http(s) URL`);
}

export function readEmail(value: unknown, field: string, bag: ErrorBag): string | undefined {
  const text = readText(value, field, bag);
  if (text === undefined) return undefined;
  const email = text.toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : bag.add(field, 'invalid_email', `${field} is not an email address`);
}

/** Local or international formats → E.164. Fictional 555 numbers are "possible", not "valid": accept them. */
export function readPhone(value: unknown, field: string, bag: ErrorBag, country: CountryCode): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') return bag.add(field, 'invalid_phone', `${field} is not a phone number`);
  const text = String(value).trim();
  const parsed = parsePhoneNumberFromString(text, country) ?? parsePhoneNumberFromString(`+${text}`);
  if (!parsed || !parsed.isPossible()) return bag.add(field, 'invalid_phone', `${field} is not a phone number`);
  return parsed.number;
}

/** ISO 8601 (UTC when no zone), epoch seconds or epoch milliseconds → ISO in UTC. */
export function readTimestamp(value: unknown, field: string, bag: ErrorBag): string | undefined {
  if (value === undefined) return bag.add(field, 'required', `${field} is required`);
  let date: Date | undefined;
  const numeric = typeof value === 'number' ? value : typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : undefined;
  if (numeric !== undefined) date = new Date(numeric < 1e11 ? numeric * 1000 : numeric);
  else if (typeof value === 'string') {
    const text = value.trim();
    const hasZone = /([zZ]|[+-]\d{2}:?\d{2})$/.test(text);
    date = /^\d{4}-\d{2}-\d{2}/.test(text) ? new Date(hasZone || !text.includes('T') ? text : `${text}Z`) : undefined;
  }
  if (!date || Number.isNaN(date.getTime())) return bag.add(field, 'invalid_timestamp', `${field} must be ISO 8601 or epoch seconds/milliseconds`);
  return date.toISOString();
}
