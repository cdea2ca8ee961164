import { HubError } from '@hub/common';

export const MAX_BATCH = 500;

/** A body is one event, or { events: [...] } with 1 to MAX_BATCH of them. */
export function parseIngestBody(body: unknown): { items: unknown[]; batch: boolean } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw HubError.validation('The body must be an event object or { "events": [...] }', [
      { field: '(root)', code: 'invalid_type', message: 'expected a JSON object' },
    ]);
  }
  const events = (body as { events?: unknown }).events;
  if (events === undefined) return { items: [body], batch: false };
  if (!Array.isArray(events) || events.length === 0 || events.length > MAX_BATCH) {
    throw HubError.validation(`"events" must be an array of 1 to ${MAX_BATCH} events`, [
      { field: 'events', code: Array.isArray(events) ? 'invalid_length' : 'invalid_type', message: `1 to ${MAX_BATCH} events` },
    ]);
  }
  return { items: events, batch: true };
}
