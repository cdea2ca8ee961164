'use strict';

// What each trigger delivers: the hub's canonical event with its envelope on top.
const ENVELOPE = { occurredAt: '2024-05-01T14:03:22.000Z', campaignId: 'cmp_mva_spring_24', contact: { id: 'ct_8f2k19', name: 'Maria Lopez', phone: '+15555550123' } };

module.exports = {
  callCompleted: { id: 'evt_01HX3Q8Z5K2M', type: 'call.completed', ...ENVELOPE, data: { call: { id: 'call_7731', status: 'successful', durationSec: 184, summary: 'Wants a consultation.' } } },
  messageReceived: { id: 'evt_01HX3QC4D9RX', type: 'message.received', ...ENVELOPE, data: { message: { channel: 'sms', body: 'Call me after 5', bucket: 'needs_follow_up' } } },
  handoffRequested: { id: 'evt_01HX3QE6F1HO', type: 'handoff.requested', ...ENVELOPE, data: { handoff: { reason: 'Asked for a human', channel: 'portal_chat' } } },
  formCompleted: { id: 'evt_01HX3QF8G3FC', type: 'form.completed', ...ENVELOPE, data: { form: { id: 'form_intake', name: 'Intake', status: 'completed' } } },
  workflowFired: { id: 'hev_01HX3QG0H5WF', type: 'workflow.fired', ...ENVELOPE, data: { workflow: { id: 'wf_1', name: 'Stop on DNC' }, run: { id: 'run_1' }, trigger: { eventId: 'evt_1', eventType: 'message.received' } } },
  // About a case in the CRM, not a Kayse contact: no campaign, no contact.
  crmCaseStatusChanged: { id: 'crm_status_5f0c2a9d41e7', type: 'crm.case_status_changed', occurredAt: '2024-05-01T15:20:00.000Z', campaignId: null, data: { crm: { provider: 'lawruler', caseId: '120045', caseType: 'Auto Accident' }, status: { id: '41', name: 'Signed' }, previousStatus: { id: '40', name: 'Pending Sign Up' } } },
};
