import type { PlannedStep, WorkflowDefinition } from './workflow.type';

export interface PlanContext {
  /** The workspace has a CRM connected. */
  crmConnected: boolean;
  /** Status ids the workspace's CRM mapping lets workflows use. */
  usableStatusIds: ReadonlySet<string>;
  usableSubstatusIds?: ReadonlySet<string>;
  /** The event's contact carries its case id in the CRM. */
  hasCaseId: boolean;
}

/**
 * The steps a fired workflow runs, each on its own: its actions, then the CRM
 * Note field if filled. A step that cannot run says why instead of failing
 * silently, and never stops the others.
 */
export function planSteps(workflow: Pick<WorkflowDefinition, 'actions' | 'crmNote'>, ctx: PlanContext): PlannedStep[] {
  const steps: PlannedStep[] = workflow.actions.map((action, actionIndex) => {
    const step: PlannedStep = { kind: action.type, actionIndex };
    if (action.type === 'update_crm_status') {
      if (action.statusId !== undefined) step.statusId = action.statusId;
      if (action.substatusId !== undefined) step.substatusId = action.substatusId;
      if (ctx.crmConnected && action.statusId !== undefined && !ctx.usableStatusIds.has(action.statusId)) {
        step.skipReason = `CRM status "${action.statusId}" is no longer in the workspace's CRM mapping`;
      } else if (ctx.crmConnected && action.substatusId !== undefined && !(ctx.usableSubstatusIds ?? new Set()).has(action.substatusId)) {
        step.skipReason = `CRM substatus "${action.substatusId}" is no longer in the workspace's CRM mapping`;
      }
    }
    return step;
  });
  if (workflow.crmNote && workflow.crmNote.trim()) steps.push({ kind: 'crm_note' });

  for (const step of steps) {
    if (step.skipReason || !isCrmStep(step)) continue;
    if (!ctx.crmConnected) step.skipReason = 'No CRM is connected to the workspace';
    else if (!ctx.hasCaseId) step.skipReason = "The contact has no case id in the CRM (contact.crm.caseId)";
  }
  return steps;
}

export function isCrmStep(step: PlannedStep): boolean {
  return step.kind === 'update_crm_status' || step.kind === 'post_crm_note' || step.kind === 'crm_note';
}
