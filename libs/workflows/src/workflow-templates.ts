import type { WorkflowAction, WorkflowTrigger } from '@hub/domain';

export interface WorkflowTemplate {
  key: string;
  name: string;
  description: string;
  trigger: WorkflowTrigger;
  actions: WorkflowAction[];
  crmNote?: string;
  /** update_crm_status needs a status the firm picks: the template names which one it is for. */
  needsStatus?: string;
}

/** The workflows most firms set up (the product text's "simple workflows"). */
export const WORKFLOW_TEMPLATES: WorkflowTemplate[] = [
  {
    key: 'unsuccessful_call_stop_and_note',
    name: 'Unsuccessful call: stop calling and leave a note',
    description: 'After an unsuccessful call, stop placing calls to the contact and note it in the CRM.',
    trigger: { type: 'post_call_status', values: ['unsuccessful'] },
    actions: [{ type: 'stop_calls' }, { type: 'post_crm_note' }],
  },
  {
    key: 'converted_update_status',
    name: 'Converted: update the case status and end outreach',
    description: 'When a call converts, move the case to the signed status and remove the contact from the campaign.',
    trigger: { type: 'post_call_status', values: ['converted'] },
    actions: [{ type: 'update_crm_status', statusId: '' }, { type: 'stop_campaign' }],
    needsStatus: 'the status a converted lead moves to (for example "Signed")',
  },
  {
    key: 'not_interested_stop_outreach',
    name: 'Not interested: stop messaging and calls',
    description: 'When a reply lands in Not Interested, stop all SMS, email and calls to the contact.',
    trigger: { type: 'message_reply_bucket', values: ['not_interested'] },
    actions: [{ type: 'stop_messaging' }, { type: 'stop_calls' }],
  },
  {
    key: 'handoff_call_back_note',
    name: 'Human handoff: note for a person to call back',
    description: 'When the AI asks for a human, leave a note so someone on the team calls the client back.',
    trigger: { type: 'human_handoff' },
    actions: [{ type: 'post_crm_note' }],
    crmNote: 'Call back {{contact.name}} ({{contact.phone}}): the AI handed off the conversation. Reason: {{handoff.reason}}',
  },
  {
    key: 'form_completed_update_status',
    name: 'Form completed: update the case status',
    description: "When the campaign's intake form is completed, move the case to the next status.",
    trigger: { type: 'form_status', values: ['completed'] },
    actions: [{ type: 'update_crm_status', statusId: '' }],
    needsStatus: 'the status an intake moves to once the form is in (for example "Intake Complete")',
  },
];
