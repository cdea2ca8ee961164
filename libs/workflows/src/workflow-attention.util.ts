import type { WorkflowAction, WorkflowTrigger } from './workflow.type';

export interface AttentionContext {
  crmConnected: boolean;
  usableStatusIds: ReadonlySet<string>;
  usableSubstatusIds?: ReadonlySet<string>;
  campaignHasForm: boolean;
}

/**
 * Why a saved workflow can no longer do all it says: the workspace changed
 * under it (a status left the CRM mapping, the CRM or the form went away).
 * Empty when all is well.
 */
export function attentionReasons(workflow: { trigger: WorkflowTrigger; actions: WorkflowAction[]; crmNote?: string | null }, ctx: AttentionContext): string[] {
  const reasons: string[] = [];
  const needsCrm = workflow.actions.some((a) => a.type === 'update_crm_status' || a.type === 'post_crm_note') || !!workflow.crmNote;
  if (needsCrm && !ctx.crmConnected) reasons.push('No CRM is connected: CRM steps will be skipped');
  for (const action of workflow.actions) {
    if (action.type !== 'update_crm_status' || !ctx.crmConnected) continue;
    if (action.statusId !== undefined && !ctx.usableStatusIds.has(action.statusId)) {
      reasons.push(`CRM status "${action.statusId}" is no longer in the CRM mapping: Update CRM Status will be skipped`);
    }
    if (action.substatusId !== undefined && !(ctx.usableSubstatusIds ?? new Set()).has(action.substatusId)) {
      reasons.push(`CRM substatus "${action.substatusId}" is no longer in the CRM mapping: Update CRM Status will be skipped`);
    }
  }
  if (workflow.trigger.type === 'form_status' && !ctx.campaignHasForm) reasons.push('The campaign has no linked form any more: this workflow cannot fire');
  return reasons;
}
