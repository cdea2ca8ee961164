import type { CountryCode } from 'libphonenumber-js';
import { INBOUND_EVENT_TYPES, type AnyCanonicalEvent, type FieldError, type InboundEventType } from './event.type';
import { parseEventTypeName } from './event-type-name.util';
import { fieldError } from './field-error.util';
import { isRecord, pick, type UnknownRecord } from './loose-record.util';
import { normalizeContact } from './normalize-contact.util';
import { normalizeEventData } from './normalize-event-data.util';
import { normalizeTimestamp } from './normalize-timestamp.util';
import { readId } from './read-field.util';

export interface NormalizeEventOptions {
  /** Country assumed for phone numbers written without a country code; US when not given. */
  defaultCountry?: CountryCode;
}

export type NormalizeEventResult = { ok: true; event: AnyCanonicalEvent } | { ok: false; errors: FieldError[] };

function readType(raw: unknown, errors: FieldError[]): InboundEventType | undefined {
  if (raw === undefined || (typeof raw === 'string' && raw.trim() === '')) {
    errors.push(fieldError('type', 'required', 'type is required'));
    return undefined;
  }
  if (typeof raw !== 'string') {
    errors.push(fieldError('type', 'invalid_type', 'type must be a string'));
    return undefined;
  }
  const type = parseEventTypeName(raw);
  if (type === undefined) {
    const message = `type must be one of ${INBOUND_EVENT_TYPES.join(', ')} (got ${JSON.stringify(raw)})`;
    errors.push(fieldError('type', 'unknown_type', message));
  }
  return type;
}

function checkDataIsObject(event: UnknownRecord, errors: FieldError[]): void {
  const data = pick(event, 'data');
  if (data !== undefined && !isRecord(data)) errors.push(fieldError('data', 'invalid_type', 'data must be an object'));
}

/**
 * Turns a producer's payload, in any of the forms Kayse and its integrations
 * send, into the canonical event, or lists every problem found on the way.
 */
export function normalizeEvent(raw: unknown, options: NormalizeEventOptions = {}): NormalizeEventResult {
  if (!isRecord(raw)) return { ok: false, errors: [fieldError('(root)', 'invalid_type', 'the event must be a JSON object')] };
  const errors: FieldError[] = [];
  const id = readId(pick(raw, 'id', 'eventId'), { field: 'id', errors }, true);
  const type = readType(pick(raw, 'type', 'event', 'eventType'), errors);
  const occurredAt = normalizeTimestamp(pick(raw, 'occurredAt', 'timestamp', 'createdAt'), { field: 'occurredAt', errors });
  const campaignId = readId(pick(raw, 'campaignId'), { field: 'campaignId', errors }, true);
  const contact = normalizeContact(pick(raw, 'contact'), options.defaultCountry ?? 'US', errors);
  checkDataIsObject(raw, errors);
  const data = type === undefined ? undefined : normalizeEventData(type, raw, errors);
  if (errors.length > 0 || !id || !type || !occurredAt || !campaignId || !contact || !data) return { ok: false, errors };
  // data was built by the normalizer of this very type, which TypeScript cannot follow through the union.
  return { ok: true, event: { id, type, occurredAt, campaignId, contact, data } as AnyCanonicalEvent };
}
