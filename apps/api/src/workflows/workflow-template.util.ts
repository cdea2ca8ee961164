import { HubError } from '@hub/common';
import type { WorkflowAction, WorkflowTrigger } from '@hub/domain';
import { CrmContext, toWorkflowAction, toWorkflowTrigger, WORKFLOW_TEMPLATES } from '@hub/workflows';
import { CreateWorkflowDto } from './workflow.dto';

export interface WorkflowDraft {
  name: string;
  enabled: boolean;
  trigger: WorkflowTrigger;
  actions: WorkflowAction[];
  crmNote: string | null;
  template: string | null;
}

/**
 * Fills a template with what the campaign allows: the status the caller picked
 * for update_crm_status, and without a CRM the CRM steps are left out when
 * something else remains to do. Fields in the request override the template.
 */
export function draftFromTemplate(input: CreateWorkflowDto, crm: CrmContext): WorkflowDraft {
  const template = WORKFLOW_TEMPLATES.find((t) => t.key === input.template);
  if (!template) {
    throw HubError.validation('Unknown template', [
      { field: 'template', code: 'unknown_template', message: `One of: ${WORKFLOW_TEMPLATES.map((t) => t.key).join(', ')}` },
    ]);
  }
  let actions: WorkflowAction[] = template.actions.map((a) =>
    a.type === 'update_crm_status' ? { ...a, statusId: input.statusId ?? '' } : a,
  );
  let crmNote = template.crmNote ?? null;
  if (!crm.connected) {
    const nonCrm = actions.filter((a) => a.type !== 'update_crm_status' && a.type !== 'post_crm_note');
    if (nonCrm.length > 0 && !input.actions) {
      actions = nonCrm;
      crmNote = null;
    }
  } else if (template.needsStatus && !input.statusId && !input.actions) {
    throw HubError.validation('This template needs a CRM status', [
      { field: 'statusId', code: 'required', message: `Pick ${template.needsStatus} from GET /v1/campaigns/:id/workflow-options` },
    ]);
  }
  return {
    name: input.name ?? template.name,
    enabled: input.enabled ?? true,
    trigger: input.trigger ? toWorkflowTrigger(input.trigger) : template.trigger,
    actions: input.actions ? input.actions.map(toWorkflowAction) : actions,
    crmNote: input.crmNote !== undefined ? input.crmNote : crmNote,
    template: template.key,
  };
}

export function draftFromInput(input: CreateWorkflowDto): WorkflowDraft {
  const missing = (['name', 'trigger', 'actions'] as const).filter((field) => input[field] === undefined);
  if (missing.length) {
    throw HubError.validation(
      'The workflow is incomplete',
      missing.map((field) => ({ field, code: 'required', message: `${field} is required` })),
    );
  }
  return {
    name: input.name!,
    enabled: input.enabled ?? true,
    trigger: toWorkflowTrigger(input.trigger!),
    actions: input.actions!.map(toWorkflowAction),
    crmNote: input.crmNote ?? null,
    template: null,
  };
}
