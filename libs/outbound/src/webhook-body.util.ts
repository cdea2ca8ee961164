import type { OutboundEvent } from './outbound-event.type';

/** The Standard Webhooks body: { type, timestamp, data }, data being the event itself. */
export function webhookBody(event: Pick<OutboundEvent, 'type' | 'occurredAt' | 'payload'>): string {
  return JSON.stringify({ type: event.type, timestamp: event.occurredAt, data: event.payload });
}
