// The canonical event envelope: every Kayse payload is normalized into this
// shape before it is stored, matched against workflows or sent anywhere.

export const CALL_STATUSES = ['successful', 'unsuccessful', 'converted', 'disqualified'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

/** Buckets Kayse ships with; any other bucket is kept as its slug. */
export const KNOWN_REPLY_BUCKETS = ['interested', 'needs_follow_up', 'not_interested', 'wrong_number', 'do_not_contact'] as const;

export const MESSAGE_CHANNELS = ['sms', 'email'] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

export const HANDOFF_CHANNELS = ['sms', 'email', 'call', 'portal_chat'] as const;
export type HandoffChannel = (typeof HANDOFF_CHANNELS)[number];

export const CALL_DIRECTIONS = ['inbound', 'outbound'] as const;
export type CallDirection = (typeof CALL_DIRECTIONS)[number];

export const FORM_STATUSES = ['completed'] as const;
export type FormStatus = (typeof FORM_STATUSES)[number];

/** Events a producer (the Kayse platform) posts to the hub. */
export const INBOUND_EVENT_TYPES = [
  'call.completed',
  'call.transferred',
  'message.received',
  'message.sent',
  'handoff.requested',
  'form.completed',
] as const;
export type InboundEventType = (typeof INBOUND_EVENT_TYPES)[number];

/** Events the hub itself emits for the outbound side (webhooks, Zapier). */
export const HUB_EVENT_TYPES = [
  'workflow.fired',
  'contact.calls_stopped',
  'contact.messaging_stopped',
  'contact.removed_from_campaign',
  'webhook.endpoint_disabled',
  'webhook.test',
  'crm.case_status_changed',
] as const;
export type HubEventType = (typeof HUB_EVENT_TYPES)[number];

export type EventType = InboundEventType | HubEventType;

export interface EventContact {
  id: string;
  name?: string;
  /** E.164, e.g. +15555550123 */
  phone?: string;
  email?: string;
  crm?: { caseId?: string };
}

export interface CallData {
  call: {
    id?: string;
    status: CallStatus;
    durationSec?: number;
    direction?: CallDirection;
    summary?: string;
    recordingUrl?: string;
  };
}

export interface TransferData {
  transfer: { callId?: string; to?: string; reason?: string };
}

export interface MessageData {
  message: {
    id?: string;
    channel: MessageChannel;
    body?: string;
    /** A known bucket or the slug of a custom one; absent on message.sent. */
    bucket?: string;
  };
}

export interface HandoffData {
  handoff: { reason?: string; channel?: HandoffChannel };
}

export interface FormData {
  form: { id: string; name?: string; status: FormStatus };
}

export interface EventDataByType {
  'call.completed': CallData;
  'call.transferred': TransferData;
  'message.received': MessageData;
  'message.sent': MessageData;
  'handoff.requested': HandoffData;
  'form.completed': FormData;
}

export interface CanonicalEvent<T extends InboundEventType = InboundEventType> {
  /** The producer's event id: the idempotency key within a workspace. */
  id: string;
  type: T;
  /** ISO 8601, UTC. */
  occurredAt: string;
  campaignId: string;
  contact: EventContact;
  data: EventDataByType[T];
}

export type AnyCanonicalEvent = { [T in InboundEventType]: CanonicalEvent<T> }[InboundEventType];

/** One problem with one field of an input, as the API reports it. */
export interface FieldError {
  /** Dotted path in the canonical shape, e.g. "contact.phone" or "data.call.status". */
  field: string;
  /** Stable machine-readable reason, e.g. "required", "invalid_enum", "invalid_phone". */
  code: string;
  message: string;
}
