import type { CallStatus } from '@hub/events';

export const TRIGGER_TYPES = ['post_call_status', 'message_reply_bucket', 'human_handoff', 'form_status'] as const;
export type TriggerType = (typeof TRIGGER_TYPES)[number];

/** Triggers are a discriminated union on `type`, each with its own settings. */
export type WorkflowTrigger =
  | { type: 'post_call_status'; values: CallStatus[] }
  | { type: 'message_reply_bucket'; values: string[] }
  | { type: 'human_handoff' }
  | { type: 'form_status'; values: Array<'completed'> };

export const ACTION_TYPES = ['stop_calls', 'stop_messaging', 'stop_campaign', 'update_crm_status', 'post_crm_note'] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export type WorkflowAction =
  | { type: 'stop_calls' }
  | { type: 'stop_messaging' }
  | { type: 'stop_campaign' }
  /** A main status, a secondary status (SmartAdvocate's substatus), or both: at least one. */
  | { type: 'update_crm_status'; statusId?: string; substatusId?: string }
  | { type: 'post_crm_note' };

export const CRM_ACTION_TYPES: readonly ActionType[] = ['update_crm_status', 'post_crm_note'];

/** What the engine needs of a workflow (the stored record has more). */
export interface WorkflowDefinition {
  name: string;
  enabled: boolean;
  trigger: WorkflowTrigger;
  actions: WorkflowAction[];
  crmNote?: string | null;
}

/**
 * One unit of work of a fired workflow. `crm_note` is the workflow's CRM Note
 * field, posted every time the workflow fires whatever its actions.
 */
export type PlannedStepKind = ActionType | 'crm_note';

export interface PlannedStep {
  kind: PlannedStepKind;
  /** Index in workflow.actions; absent for crm_note. */
  actionIndex?: number;
  statusId?: string;
  substatusId?: string;
  /** Set when the step must not run; the run records it as skipped with this reason. */
  skipReason?: string;
}
