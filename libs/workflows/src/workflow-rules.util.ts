import { CALL_STATUSES, FORM_STATUSES } from '@hub/events';
import { unknownNoteVariables } from './note-template.util';
import type { WorkflowAction, WorkflowTrigger } from './workflow.type';

export interface RuleError {
  field: string;
  code: string;
  message: string;
}

export interface RuleContext {
  campaignHasForm: boolean;
  crmConnected: boolean;
  /** Statuses the CRM mapping lets workflows use. */
  usableStatusIds: ReadonlySet<string>;
  /** Secondary statuses the CRM mapping lets workflows use. */
  usableSubstatusIds?: ReadonlySet<string>;
}

/**
 * What a workflow must satisfy to be saved, beyond its shape (the DTOs check
 * that): values fit the trigger, form_status needs a linked form, CRM actions
 * need a CRM and a known status, the CRM note uses only known variables.
 */
export function checkWorkflowRules(input: { trigger: WorkflowTrigger; actions: WorkflowAction[]; crmNote?: string | null }, ctx: RuleContext): RuleError[] {
  const errors: RuleError[] = [...checkTrigger(input.trigger, ctx)];
  const seen = new Set<string>();
  input.actions.forEach((action, index) => {
    const field = `actions.${index}`;
    if (seen.has(action.type) && action.type !== 'update_crm_status') errors.push({ field: `${field}.type`, code: 'duplicate_action', message: `${action.type} is listed twice` });
    seen.add(action.type);
    if ((action.type === 'update_crm_status' || action.type === 'post_crm_note') && !ctx.crmConnected) {
      errors.push({ field: `${field}.type`, code: 'crm_not_connected', message: `${action.type} needs a CRM connected to the workspace` });
    } else if (action.type === 'update_crm_status') {
      errors.push(...statusErrors(action, field, ctx));
    }
  });
  if (input.crmNote) {
    if (!ctx.crmConnected) errors.push({ field: 'crmNote', code: 'crm_not_connected', message: 'A CRM note needs a CRM connected to the workspace' });
    const unknown = unknownNoteVariables(input.crmNote);
    if (unknown.length) errors.push({ field: 'crmNote', code: 'unknown_variable', message: `Unknown variable(s): ${unknown.map((v) => `{{${v}}}`).join(', ')}` });
  }
  return errors;
}

function statusErrors(action: { statusId?: string; substatusId?: string }, field: string, ctx: RuleContext): RuleError[] {
  if (action.statusId === undefined && action.substatusId === undefined) {
    return [{ field: `${field}.statusId`, code: 'required', message: 'update_crm_status needs a statusId, a substatusId, or both' }];
  }
  const errors: RuleError[] = [];
  if (action.statusId !== undefined && !ctx.usableStatusIds.has(action.statusId)) {
    errors.push({ field: `${field}.statusId`, code: 'unknown_crm_status', message: `CRM status "${action.statusId}" is not in the workspace's CRM mapping` });
  }
  if (action.substatusId !== undefined && !(ctx.usableSubstatusIds ?? new Set()).has(action.substatusId)) {
    errors.push({ field: `${field}.substatusId`, code: 'unknown_crm_substatus', message: `CRM substatus "${action.substatusId}" is not in the workspace's CRM mapping` });
  }
  return errors;
}

function checkTrigger(trigger: WorkflowTrigger, ctx: RuleContext): RuleError[] {
  const values = 'values' in trigger ? (trigger.values as string[]) : [];
  const bad = (allowed: readonly string[]) =>
    values.length === 0
      ? [{ field: 'trigger.values', code: 'required', message: `Pick at least one of: ${allowed.join(', ')}` }]
      : values.filter((v) => !allowed.includes(v)).map((v) => ({ field: 'trigger.values', code: 'invalid_enum', message: `"${v}" is not one of: ${allowed.join(', ')}` }));
  switch (trigger.type) {
    case 'post_call_status':
      return bad(CALL_STATUSES);
    case 'message_reply_bucket':
      return values.length === 0 ? [{ field: 'trigger.values', code: 'required', message: 'Pick at least one reply bucket' }] : [];
    case 'human_handoff':
      return [];
    case 'form_status':
      return ctx.campaignHasForm ? bad(FORM_STATUSES) : [{ field: 'trigger.type', code: 'no_linked_form', message: 'form_status needs the campaign to have a linked form' }];
    default:
      return [];
  }
}
