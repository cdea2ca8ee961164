import { fieldError } from './field-error.util';
import type { FieldTarget } from './read-field.util';

// Below this an epoch is read as seconds, above as milliseconds: 1e11 s is the
// year 5138 and 1e11 ms is 1973, so no real event time falls on the wrong side.
const EPOCH_SECONDS_LIMIT = 1e11;

const NUMERIC = /^\d+(\.\d+)?$/;
const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

function fromEpoch(epoch: number): Date {
  return new Date(epoch < EPOCH_SECONDS_LIMIT ? epoch * 1000 : epoch);
}

// Date rolls "2024-02-30" over into March; a real date must survive a round trip.
function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function fromIso(text: string): Date | undefined {
  const match = ISO_8601.exec(text);
  if (!match || !isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) return undefined;
  const [, , , , hour, , , zone] = match;
  // A date-time without a zone would be read in the server's local time; producers mean UTC.
  const utc = hour !== undefined && zone === undefined ? `${text}Z` : text;
  return new Date(utc.replace(' ', 'T'));
}

function toDate(raw: unknown): Date | undefined {
  if (typeof raw === 'number') return raw >= 0 ? fromEpoch(raw) : undefined;
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  return NUMERIC.test(text) ? fromEpoch(Number(text)) : fromIso(text);
}

/**
 * An ISO 8601 string (zone optional, UTC assumed) or epoch seconds/milliseconds
 * (number or numeric string) as a UTC ISO string with milliseconds.
 */
export function normalizeTimestamp(raw: unknown, { field, errors }: FieldTarget): string | undefined {
  if (raw === undefined || raw === null || raw === '') {
    errors.push(fieldError(field, 'required', `${field} is required`));
    return undefined;
  }
  const date = toDate(raw);
  if (date && !Number.isNaN(date.getTime())) return date.toISOString();
  const message = `${field} must be an ISO 8601 date-time or epoch seconds/milliseconds (got ${JSON.stringify(raw)})`;
  errors.push(fieldError(field, 'invalid_timestamp', message));
  return undefined;
}
