import { HUB_EVENT_TYPES, INBOUND_EVENT_TYPES, type EventType } from './event.type';
import { HUB_EVENT_SAMPLES, INBOUND_EVENT_SAMPLES } from './event-samples';
import { eventSchema } from './event-schemas';

export interface EventCatalogEntry {
  type: EventType;
  /** inbound: posted by the Kayse platform; hub: emitted by the hub to webhooks and Zapier. */
  direction: 'inbound' | 'hub';
  description: string;
  /** JSON Schema (draft 2020-12) of the canonical event. */
  schema: object;
  /** A canonical event of this type. */
  sample: object;
}

const DESCRIPTIONS: Record<EventType, string> = {
  'call.completed': 'A Kayse AI call with a contact ended, with its outcome, duration, summary and recording.',
  'call.transferred': 'A Kayse AI call was transferred live to a person at the firm.',
  'message.received': 'A contact replied by SMS or email; Kayse classified the reply into a bucket.',
  'message.sent': 'Kayse sent an SMS or email to a contact.',
  'handoff.requested': 'A contact or the AI asked for a person at the firm to take over the conversation.',
  'form.completed': 'A contact completed a form (intake questionnaire, retainer, etc.).',
  'workflow.fired': 'A hub workflow matched an inbound event and ran.',
  'contact.calls_stopped': 'A workflow stopped Kayse from calling the contact.',
  'contact.messaging_stopped': 'A workflow stopped Kayse from messaging the contact.',
  'contact.removed_from_campaign': 'A workflow removed the contact from the campaign, ending all outreach.',
  'webhook.endpoint_disabled': 'The hub disabled a webhook endpoint after repeated failed deliveries.',
  'webhook.test': 'A test delivery, sent on request to check that an endpoint is reachable.',
  'crm.case_status_changed': "A case's status changed in the firm's CRM, as the CRM's own webhook reported it (LawRuler).",
};

function entry(type: EventType, direction: EventCatalogEntry['direction'], sample: object): EventCatalogEntry {
  const description = DESCRIPTIONS[type];
  return { type, direction, description, schema: eventSchema(type, description), sample };
}

/** Every event type the hub knows, with its JSON Schema and a sample: the source for docs and the Zapier app. */
export const EVENT_CATALOG: EventCatalogEntry[] = [
  ...INBOUND_EVENT_TYPES.map((type) => entry(type, 'inbound', INBOUND_EVENT_SAMPLES[type])),
  ...HUB_EVENT_TYPES.map((type) => entry(type, 'hub', HUB_EVENT_SAMPLES[type])),
];
