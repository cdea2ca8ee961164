import { displayName, joinAlternatives } from './display-name.util';
import { assertUnreachable } from './trigger-match.util';
import type { WorkflowAction, WorkflowDefinition, WorkflowTrigger } from './workflow.type';

export interface WorkflowCard {
  when: string;
  then: string;
}

const NOTE_PREVIEW_LENGTH = 40;

/** The two rows a person reads at a glance on a workflow card. */
export function renderWorkflowCard(workflow: Pick<WorkflowDefinition, 'trigger' | 'actions' | 'crmNote'>, statusName: (id: string) => string | undefined = () => undefined): WorkflowCard {
  const then = workflow.actions.map((action) => describeAction(action, statusName));
  if (workflow.crmNote) then.push(`CRM note: '${preview(workflow.crmNote)}'`);
  return { when: describeTrigger(workflow.trigger), then: then.join(' · ') };
}

export function describeTrigger(trigger: WorkflowTrigger): string {
  switch (trigger.type) {
    case 'post_call_status':
      return `Post Call Status is ${joinAlternatives(trigger.values.map(displayName))}`;
    case 'message_reply_bucket':
      return `Message Reply Bucket is ${joinAlternatives(trigger.values.map(displayName))}`;
    case 'human_handoff':
      return 'Human Handoff is requested';
    case 'form_status':
      return `Form Status is ${joinAlternatives(trigger.values.map(displayName))}`;
    default:
      return assertUnreachable(trigger);
  }
}

function describeAction(action: WorkflowAction, statusName: (id: string) => string | undefined): string {
  switch (action.type) {
    case 'stop_calls':
    case 'stop_messaging':
    case 'stop_campaign':
    case 'post_crm_note':
      return ACTION_LABELS[action.type];
    case 'update_crm_status': {
      const parts = [
        ...(action.statusId !== undefined ? [statusName(action.statusId) ?? action.statusId] : []),
        ...(action.substatusId !== undefined ? [statusName(action.substatusId) ?? action.substatusId] : []),
      ];
      return `Update CRM Status to ${parts.join(', ')}`;
    }
    default:
      return assertUnreachable(action);
  }
}

export const ACTION_LABELS = {
  stop_calls: 'Stop Calls',
  stop_messaging: 'Stop Messaging',
  stop_campaign: 'Stop Campaign',
  update_crm_status: 'Update CRM Status',
  post_crm_note: 'Post CRM Note',
} as const;

function preview(note: string): string {
  const flat = note.replace(/\s+/g, ' ').trim();
  return flat.length > NOTE_PREVIEW_LENGTH ? `${flat.slice(0, NOTE_PREVIEW_LENGTH - 1)}…` : flat;
}
