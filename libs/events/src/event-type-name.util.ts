import { INBOUND_EVENT_TYPES, InboundEventType } from './event.type';
import { toSlug } from './slugify.util';

const BY_SLUG = new Map<string, InboundEventType>(INBOUND_EVENT_TYPES.map((type) => [toSlug(type), type]));

/** "call.completed", "call_completed", "Call Completed", "CALL.COMPLETED" → "call.completed". */
export function parseEventTypeName(value: string): InboundEventType | undefined {
  return BY_SLUG.get(toSlug(value));
}
