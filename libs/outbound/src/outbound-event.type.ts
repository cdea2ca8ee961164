/**
 * Where processed events go out (webhooks, Zapier). The worker calls it once
 * per processed event, inbound ones and the hub's own (workflow.fired,
 * contact.*); an implementation must be idempotent per (workspace, event id),
 * because an event may be processed again after a crash.
 */
export interface OutboundEvent {
  /** The event id (the producer's, or the hub's for its own events). */
  id: string;
  type: string;
  /** ISO 8601 */
  occurredAt: string;
  campaignId: string;
  /** The canonical event (libs/events) or the hub event's body. */
  payload: Record<string, unknown>;
}

export interface OutboundDispatcher {
  dispatch(workspaceId: string, event: OutboundEvent): Promise<void>;
}

export const OUTBOUND_DISPATCHER = Symbol('OUTBOUND_DISPATCHER');
