import type { StoredEventBody } from '@hub/events';
import type { OutboundEvent } from './outbound-event.type';

/** The fields of a stored event the outbound side needs. */
export interface OutboundSource {
  eventId: string;
  type: string;
  occurredAt: Date;
  campaignId: string;
  normalized: StoredEventBody;
}

export function toOutboundEvent(stored: OutboundSource): OutboundEvent {
  return {
    id: stored.eventId,
    type: stored.type,
    occurredAt: stored.occurredAt.toISOString(),
    campaignId: stored.campaignId,
    payload: stored.normalized,
  };
}
