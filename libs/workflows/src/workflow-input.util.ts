import { toSlug } from '@hub/events';
import type { ActionType, TriggerType, WorkflowAction, WorkflowTrigger } from './workflow.type';

/** The stored form of a trigger as a client sent it: settings only where the type has them, values deduplicated, buckets as slugs. */
export function toWorkflowTrigger(input: { type: TriggerType; values?: string[] }): WorkflowTrigger {
  if (input.type === 'human_handoff') return { type: 'human_handoff' };
  const values = [...new Set((input.values ?? []).map((v) => toSlug(v)))];
  return { type: input.type, values } as WorkflowTrigger;
}

export function toWorkflowAction(input: { type: ActionType; statusId?: string; substatusId?: string }): WorkflowAction {
  if (input.type !== 'update_crm_status') return { type: input.type } as WorkflowAction;
  return {
    type: 'update_crm_status',
    ...(input.statusId !== undefined && { statusId: String(input.statusId) }),
    ...(input.substatusId !== undefined && { substatusId: String(input.substatusId) }),
  };
}
