// One canonical example of every event type, as documentation shows it and
// as the catalog test feeds it back through the normalizer.
import type { CanonicalEvent, EventContact, HubEventType, InboundEventType } from './event.type';
import type { HubEvent } from './hub-event.type';

const CONTACT: EventContact = {
  id: 'ct_8f2k19',
  name: 'Maria Lopez',
  phone: '+15555550123',
  email: 'maria.lopez@example.com',
  crm: { caseId: 'LR-20931' },
};

const ENVELOPE = { occurredAt: '2024-05-01T14:03:22.000Z', campaignId: 'cmp_mva_spring_24', contact: CONTACT };

const WORKFLOW = { id: 'wf_stop_on_dnc', name: 'Stop outreach on Do Not Contact' };

export const INBOUND_EVENT_SAMPLES: { [T in InboundEventType]: CanonicalEvent<T> } = {
  'call.completed': {
    id: 'evt_01HX3Q8Z5K2M',
    type: 'call.completed',
    ...ENVELOPE,
    data: {
      call: {
        id: 'call_7731',
        status: 'successful',
        durationSec: 184,
        direction: 'outbound',
        summary: 'Caller was rear-ended on I-95 and wants a consultation this week.',
        recordingUrl: 'https://recordings.kayse.example/call_7731.mp3',
      },
    },
  },
  'call.transferred': {
    id: 'evt_01HX3QA1B7TR',
    type: 'call.transferred',
    ...ENVELOPE,
    data: { transfer: { callId: 'call_7731', to: '+15555550199', reason: 'Caller asked for an attorney' } },
  },
  'message.received': {
    id: 'evt_01HX3QC4D9RX',
    type: 'message.received',
    ...ENVELOPE,
    data: { message: { id: 'msg_5520', channel: 'sms', body: 'Can someone call me tomorrow after 5?', bucket: 'needs_follow_up' } },
  },
  'message.sent': {
    id: 'evt_01HX3QD2E4SN',
    type: 'message.sent',
    ...ENVELOPE,
    data: { message: { id: 'msg_5519', channel: 'sms', body: 'Hi Maria, this is Kayse following up on your accident claim.' } },
  },
  'handoff.requested': {
    id: 'evt_01HX3QE6F1HO',
    type: 'handoff.requested',
    ...ENVELOPE,
    data: { handoff: { reason: 'Asked to speak with a human about medical bills', channel: 'portal_chat' } },
  },
  'form.completed': {
    id: 'evt_01HX3QF8G3FC',
    type: 'form.completed',
    ...ENVELOPE,
    data: { form: { id: 'form_intake_mva', name: 'MVA intake questionnaire', status: 'completed' } },
  },
};

export const HUB_EVENT_SAMPLES: { [T in HubEventType]: HubEvent<T> } = {
  'workflow.fired': {
    id: 'hev_01HX3QG0H5WF',
    type: 'workflow.fired',
    ...ENVELOPE,
    data: {
      workflow: WORKFLOW,
      run: { id: 'run_01HX3QG0H5WF' },
      trigger: { eventId: 'evt_01HX3QC4D9RX', eventType: 'message.received' },
    },
  },
  'contact.calls_stopped': {
    id: 'hev_01HX3QG1J6CS',
    type: 'contact.calls_stopped',
    ...ENVELOPE,
    data: { outreach: { calls: 'stopped', messaging: 'active', enrolled: true }, workflow: WORKFLOW },
  },
  'contact.messaging_stopped': {
    id: 'hev_01HX3QG2K7MS',
    type: 'contact.messaging_stopped',
    ...ENVELOPE,
    data: { outreach: { calls: 'stopped', messaging: 'stopped', enrolled: true }, workflow: WORKFLOW },
  },
  'contact.removed_from_campaign': {
    id: 'hev_01HX3QG3L8RC',
    type: 'contact.removed_from_campaign',
    ...ENVELOPE,
    data: { outreach: { calls: 'stopped', messaging: 'stopped', enrolled: false }, workflow: WORKFLOW },
  },
  'webhook.endpoint_disabled': {
    id: 'hev_01HX3QG4M9ED',
    type: 'webhook.endpoint_disabled',
    occurredAt: '2024-05-01T15:10:00.000Z',
    data: {
      endpoint: { id: 'whe_3kq81', url: 'https://crm-bridge.example.com/kayse/webhooks' },
      reason: 'Every delivery failed for 5 days (last response: HTTP 410)',
    },
  },
  'webhook.test': {
    id: 'hev_01HX3QG5N0WT',
    type: 'webhook.test',
    occurredAt: '2024-05-01T15:12:00.000Z',
    data: { message: 'Test delivery from Kayse Hub: your endpoint is reachable.' },
  },
  'crm.case_status_changed': {
    id: 'crm_status_5f0c2a9d41e7',
    type: 'crm.case_status_changed',
    occurredAt: '2024-05-01T15:20:00.000Z',
    data: {
      crm: { provider: 'lawruler', caseId: '120045', caseTypeId: '7', caseType: 'Auto Accident' },
      status: { id: '41', name: 'Signed' },
      previousStatus: { id: '40', name: 'Pending Sign Up' },
      person: { fullName: 'Maria Lopez', firstName: 'Maria', lastName: 'Lopez', primaryContactId: '88012' },
      caseCreatedAt: '2024-04-28T09:30:00',
    },
  },
};
