// JSON Schemas (draft 2020-12) of the canonical events, built from the same
// constants the normalizer enforces so the two cannot drift apart.
import {
  CALL_DIRECTIONS,
  CALL_STATUSES,
  FORM_STATUSES,
  HANDOFF_CHANNELS,
  INBOUND_EVENT_TYPES,
  KNOWN_REPLY_BUCKETS,
  MESSAGE_CHANNELS,
  type EventType,
} from './event.type';
import { ID_MAX_LENGTH, TEXT_MAX_LENGTH } from './read-field.util';

export type JsonSchema = Record<string, unknown>;

const ID = { type: 'string', minLength: 1, maxLength: ID_MAX_LENGTH };
const TEXT = { type: 'string', maxLength: TEXT_MAX_LENGTH };
const TIMESTAMP = { type: 'string', format: 'date-time', description: 'ISO 8601 in UTC with milliseconds.' };
const HTTP_URL = { type: 'string', format: 'uri', pattern: '^https?://' };
const BOOLEAN = { type: 'boolean' };
const enumOf = (values: readonly string[]): JsonSchema => ({ type: 'string', enum: [...values] });

function object(properties: Record<string, JsonSchema>, required: string[] = []): JsonSchema {
  return { type: 'object', properties, ...(required.length > 0 && { required }), additionalProperties: false };
}

const CONTACT = object(
  {
    id: ID,
    name: TEXT,
    phone: { type: 'string', pattern: '^\\+[1-9][0-9]{1,14}$', description: 'E.164.' },
    email: { type: 'string', format: 'email' },
    crm: object({ caseId: { ...ID, description: 'The case or lead id in the firm’s CRM.' } }),
  },
  ['id'],
);

const MESSAGE = {
  id: ID,
  channel: enumOf(MESSAGE_CHANNELS),
  body: TEXT,
};

const BUCKET = {
  type: 'string',
  pattern: '^[a-z0-9]+(_[a-z0-9]+)*$',
  description: 'A bucket Kayse ships with, or the slug of a custom one.',
  examples: [...KNOWN_REPLY_BUCKETS],
};

const WORKFLOW = object({ id: ID, name: TEXT }, ['id', 'name']);

const CRM_STATUS = object({ id: ID, name: TEXT }, ['name']);

const OUTREACH_CHANGED = object(
  {
    outreach: object({ calls: enumOf(['active', 'stopped']), messaging: enumOf(['active', 'stopped']), enrolled: BOOLEAN }, ['calls', 'messaging', 'enrolled']),
    workflow: WORKFLOW,
  },
  ['outreach', 'workflow'],
);

const DATA_SCHEMAS: Record<EventType, JsonSchema> = {
  'call.completed': object(
    {
      call: object(
        {
          id: ID,
          status: enumOf(CALL_STATUSES),
          durationSec: { type: 'number', minimum: 0 },
          direction: enumOf(CALL_DIRECTIONS),
          summary: TEXT,
          recordingUrl: HTTP_URL,
        },
        ['status'],
      ),
    },
    ['call'],
  ),
  'call.transferred': object({ transfer: object({ callId: ID, to: ID, reason: TEXT }) }, ['transfer']),
  'message.received': object({ message: object({ ...MESSAGE, bucket: BUCKET }, ['channel']) }, ['message']),
  'message.sent': object({ message: object(MESSAGE, ['channel']) }, ['message']),
  'handoff.requested': object({ handoff: object({ reason: TEXT, channel: enumOf(HANDOFF_CHANNELS) }) }, ['handoff']),
  'form.completed': object(
    { form: object({ id: ID, name: TEXT, status: enumOf(FORM_STATUSES) }, ['id', 'status']) },
    ['form'],
  ),
  'workflow.fired': object(
    {
      workflow: WORKFLOW,
      run: object({ id: ID }, ['id']),
      trigger: object({ eventId: ID, eventType: enumOf(INBOUND_EVENT_TYPES) }, ['eventId', 'eventType']),
    },
    ['workflow', 'run', 'trigger'],
  ),
  'contact.calls_stopped': OUTREACH_CHANGED,
  'contact.messaging_stopped': OUTREACH_CHANGED,
  'contact.removed_from_campaign': OUTREACH_CHANGED,
  'webhook.endpoint_disabled': object(
    { endpoint: object({ id: ID, url: HTTP_URL }, ['id', 'url']), reason: TEXT },
    ['endpoint', 'reason'],
  ),
  'webhook.test': object({ message: TEXT }, ['message']),
  'crm.case_status_changed': object(
    {
      crm: object({ provider: ID, caseId: ID, caseTypeId: ID, caseType: TEXT }, ['provider', 'caseId']),
      status: CRM_STATUS,
      previousStatus: CRM_STATUS,
      person: object({ fullName: TEXT, firstName: TEXT, lastName: TEXT, primaryContactId: ID }),
      caseCreatedAt: TEXT,
    },
    ['crm', 'status'],
  ),
};

// Events about the hub's own webhooks, and those a CRM reports, concern no Kayse contact or campaign.
const isAboutContact = (type: EventType): boolean => !type.startsWith('webhook.') && !type.startsWith('crm.');

/** The JSON Schema of the whole canonical event of one type. */
export function eventSchema(type: EventType, description: string): JsonSchema {
  const scope = isAboutContact(type) ? ['campaignId', 'contact'] : [];
  const properties = {
    id: ID,
    type: { const: type },
    occurredAt: TIMESTAMP,
    ...(scope.length > 0 && { campaignId: ID, contact: CONTACT }),
    data: DATA_SCHEMAS[type],
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `urn:kayse-hub:event:${type}`,
    title: type,
    description,
    ...object(properties, ['id', 'type', 'occurredAt', ...scope, 'data']),
  };
}
