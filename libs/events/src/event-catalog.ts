import {
  CALL_DIRECTIONS,
  CALL_STATUSES,
  EventType,
  FORM_STATUSES,
  HANDOFF_CHANNELS,
  KNOWN_REPLY_BUCKETS,
  MESSAGE_CHANNELS,
} from './event.type';

export interface EventCatalogEntry {
  type: EventType;
  direction: 'inbound' | 'hub';
  description: string;
  /** JSON Schema (draft 2020-12) of the canonical event. */
  schema: Record<string, unknown>;
  sample: Record<string, unknown>;
}

const str = { type: 'string' };
const obj = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object', properties, required, additionalProperties: false });
const enumOf = (values: readonly string[]) => ({ type: 'string', enum: [...values] });

const contactSchema = obj(
  { id: str, name: str, phone: { type: 'string', pattern: '^\\+[1-9]\\d{1,14}$' }, email: { type: 'string', format: 'email' }, crm: obj({ caseId: str }) },
  ['id'],
);

const envelope = (type: string, data: Record<string, unknown>) => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: type,
  ...obj({ id: str, type: { const: type }, occurredAt: { type: 'string', format: 'date-time' }, campaignId: str, contact: contactSchema, data }, ['id', 'type', 'occurredAt', 'campaignId', 'contact', 'data']),
});

const contact = { id: 'c_42', name: 'Ada Client', phone: '+15555550123', email: 'ada@example.com', crm: { caseId: '12345' } };
const sample = (type: string, id: string, data: Record<string, unknown>) => ({ id, type, occurredAt: '2026-11-20T15:04:05.000Z', campaignId: '6740a1b2c3d4e5f6a7b8c9d0', contact, data });

const messageSchema = (withBucket: boolean) =>
  obj({ message: obj({ id: str, channel: enumOf(MESSAGE_CHANNELS), body: str, ...(withBucket ? { bucket: { type: 'string', description: `Known: ${KNOWN_REPLY_BUCKETS.join(', ')}; other buckets arrive as their slug` } } : {}) }, ['channel']) }, ['message']);

const workflowRef = obj({ id: str, name: str }, ['id', 'name']);
const outreachSchema = obj({ outreach: obj({ calls: enumOf(['active', 'stopped']), messaging: enumOf(['active', 'stopped']), enrolled: { type: 'boolean' } }), workflow: workflowRef }, ['outreach', 'workflow']);
const outreachSample = (calls: string, messaging: string, enrolled: boolean) => ({ outreach: { calls, messaging, enrolled }, workflow: { id: '6740a1b2c3d4e5f6a7b8c9d1', name: 'Unsuccessful call: stop calling' } });

export const EVENT_CATALOG: EventCatalogEntry[] = [
  {
    type: 'call.completed',
    direction: 'inbound',
    description: 'A call ended and Kayse AI tagged its outcome.',
    schema: envelope('call.completed', obj({ call: obj({ id: str, status: enumOf(CALL_STATUSES), durationSec: { type: 'number', minimum: 0 }, direction: enumOf(CALL_DIRECTIONS), summary: str, recordingUrl: { type: 'string', format: 'uri' } }, ['status']) }, ['call'])),
    sample: sample('call.completed', 'evt_call_1', { call: { id: 'call_9', status: 'unsuccessful', durationSec: 75, direction: 'outbound', summary: 'Left a voicemail.' } }),
  },
  {
    type: 'call.transferred',
    direction: 'inbound',
    description: 'The AI transferred a live call to a person.',
    schema: envelope('call.transferred', obj({ transfer: obj({ callId: str, to: str, reason: str }) }, ['transfer'])),
    sample: sample('call.transferred', 'evt_transfer_1', { transfer: { callId: 'call_10', to: '+15555550100', reason: 'Client asked for an attorney' } }),
  },
  {
    type: 'message.received',
    direction: 'inbound',
    description: "A client's SMS or email reply, with the reply bucket it landed in.",
    schema: envelope('message.received', messageSchema(true)),
    sample: sample('message.received', 'evt_msg_1', { message: { id: 'msg_3', channel: 'sms', body: 'Can someone call me tomorrow?', bucket: 'needs_follow_up' } }),
  },
  {
    type: 'message.sent',
    direction: 'inbound',
    description: 'Kayse AI sent an SMS or email to the contact.',
    schema: envelope('message.sent', messageSchema(false)),
    sample: sample('message.sent', 'evt_msg_2', { message: { id: 'msg_4', channel: 'email', body: 'Hi Ada, following up on your claim.' } }),
  },
  {
    type: 'handoff.requested',
    direction: 'inbound',
    description: 'The AI asked for a human to take over the conversation.',
    schema: envelope('handoff.requested', obj({ handoff: obj({ reason: str, channel: enumOf(HANDOFF_CHANNELS) }) }, ['handoff'])),
    sample: sample('handoff.requested', 'evt_handoff_1', { handoff: { reason: 'Client asked to speak with a person', channel: 'sms' } }),
  },
  {
    type: 'form.completed',
    direction: 'inbound',
    description: "The campaign's linked form was completed.",
    schema: envelope('form.completed', obj({ form: obj({ id: str, name: str, status: enumOf(FORM_STATUSES) }, ['id', 'status']) }, ['form'])),
    sample: sample('form.completed', 'evt_form_1', { form: { id: 'form_mva_intake', status: 'completed' } }),
  },
  {
    type: 'workflow.fired',
    direction: 'hub',
    description: "A workflow's trigger matched an event; its actions were queued.",
    schema: envelope('workflow.fired', obj({ workflow: workflowRef, run: obj({ id: str }, ['id']), trigger: obj({ eventId: str, eventType: str }, ['eventId', 'eventType']) }, ['workflow', 'run', 'trigger'])),
    sample: sample('workflow.fired', 'wf_6740a1b2c3d4e5f6a7b8c9d2', { workflow: { id: '6740a1b2c3d4e5f6a7b8c9d1', name: 'Unsuccessful call: stop calling' }, run: { id: '6740a1b2c3d4e5f6a7b8c9d2' }, trigger: { eventId: 'evt_call_1', eventType: 'call.completed' } }),
  },
  {
    type: 'contact.calls_stopped',
    direction: 'hub',
    description: 'A workflow stopped calls to the contact.',
    schema: envelope('contact.calls_stopped', outreachSchema),
    sample: sample('contact.calls_stopped', 'cs_6740a1b2c3d4e5f6a7b8c9d2', outreachSample('stopped', 'active', true)),
  },
  {
    type: 'contact.messaging_stopped',
    direction: 'hub',
    description: 'A workflow stopped SMS and email to the contact.',
    schema: envelope('contact.messaging_stopped', outreachSchema),
    sample: sample('contact.messaging_stopped', 'ms_6740a1b2c3d4e5f6a7b8c9d2', outreachSample('active', 'stopped', true)),
  },
  {
    type: 'contact.removed_from_campaign',
    direction: 'hub',
    description: 'A workflow removed the contact from the campaign.',
    schema: envelope('contact.removed_from_campaign', outreachSchema),
    sample: sample('contact.removed_from_campaign', 'rc_6740a1b2c3d4e5f6a7b8c9d2', outreachSample('stopped', 'stopped', false)),
  },
  {
    type: 'webhook.endpoint_disabled',
    direction: 'hub',
    description: 'An outbound webhook endpoint was disabled (it kept failing, or answered 410).',
    schema: envelope('webhook.endpoint_disabled', obj({ endpoint: obj({ id: str, url: str }, ['id', 'url']), reason: str }, ['endpoint', 'reason'])),
    sample: sample('webhook.endpoint_disabled', 'wd_1', { endpoint: { id: '6740a1b2c3d4e5f6a7b8c9d3', url: 'https://hooks.example.com/kayse' }, reason: 'Every attempt failed for 5 days' }),
  },
  {
    type: 'webhook.test',
    direction: 'hub',
    description: 'A test ping sent to a webhook endpoint on request.',
    schema: envelope('webhook.test', obj({ message: str }, ['message'])),
    sample: sample('webhook.test', 'wt_1', { message: 'This is a test event from Kayse Hub.' }),
  },
];
