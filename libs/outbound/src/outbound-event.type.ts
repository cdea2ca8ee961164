/**
 * An event as the outbound side sends it (webhooks, Zapier): inbound events
 * once processed, and the hub's own (workflow.fired, contact.*, webhook.*).
 */
export interface OutboundEvent {
  /** The event id (the producer's, or the hub's for its own events). */
  id: string;
  type: string;
  /** ISO 8601 */
  occurredAt: string;
  campaignId: string;
  /** The canonical event (libs/events) or the hub event itself. */
  payload: object;
}
