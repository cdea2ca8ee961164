'use strict';

const { restHookTrigger } = require('../lib/rest-hook-trigger');
const samples = require('../lib/samples');

/** One REST-hook trigger per event a firm automates on. */
module.exports = [
  restHookTrigger({ key: 'call_outcome', event: 'call.completed', noun: 'Call', label: 'Call Outcome', description: 'Triggers when a Kayse AI call ends, with its outcome.', sample: samples.callCompleted }),
  restHookTrigger({ key: 'reply_bucket', event: 'message.received', noun: 'Reply', label: 'Reply Received', description: 'Triggers when a contact replies, with the reply bucket Kayse assigned.', sample: samples.messageReceived }),
  restHookTrigger({ key: 'human_handoff', event: 'handoff.requested', noun: 'Handoff', label: 'Human Handoff Requested', description: 'Triggers when a contact or the AI asks for a person to take over.', sample: samples.handoffRequested }),
  restHookTrigger({ key: 'form_completed', event: 'form.completed', noun: 'Form', label: 'Form Completed', description: 'Triggers when a contact completes a form.', sample: samples.formCompleted }),
  restHookTrigger({ key: 'workflow_fired', event: 'workflow.fired', noun: 'Workflow Run', label: 'Workflow Fired', description: 'Triggers when a hub workflow runs.', sample: samples.workflowFired }),
  restHookTrigger({ key: 'crm_case_status_changed', event: 'crm.case_status_changed', noun: 'Case Status', label: 'CRM Case Status Changed', description: "Triggers when a case's status changes in the firm's CRM (LawRuler webhooks).", sample: samples.crmCaseStatusChanged }),
];
