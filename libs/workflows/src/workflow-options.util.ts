import { CALL_STATUSES, KNOWN_REPLY_BUCKETS } from '@hub/events';
import { NOTE_VARIABLES } from './note-template.util';
import { displayName } from './display-name.util';
import { ACTION_LABELS } from './workflow-card.util';
import { ACTION_TYPES, CRM_ACTION_TYPES, TriggerType } from './workflow.type';

export interface OptionsContext {
  form: { id: string; name: string } | null;
  crm: {
    connected: boolean;
    provider?: string;
    statuses: Array<{ id: string; name: string; label?: string; usable: boolean; caseType?: string }>;
    substatuses?: Array<{ id: string; name: string; label?: string; usable: boolean; statusType: string }>;
  };
}

const option = (value: string) => ({ value, label: displayName(value) });
const CRM_NAMES: Record<string, string> = { lawruler: 'LawRuler', smartadvocate: 'SmartAdvocate' };

/** What a workflow builder may offer for one campaign, given its form and the workspace's CRM. */
export function buildWorkflowOptions(ctx: OptionsContext) {
  const triggers: Array<{ type: TriggerType; label: string; values: Array<{ value: string; label: string }>; customValues?: boolean; form?: { id: string; name: string } }> = [
    { type: 'post_call_status', label: 'Post Call Status', values: CALL_STATUSES.map(option) },
    { type: 'message_reply_bucket', label: 'Message Reply Bucket', values: KNOWN_REPLY_BUCKETS.map(option), customValues: true },
    { type: 'human_handoff', label: 'Human Handoff', values: [] },
  ];
  if (ctx.form) triggers.push({ type: 'form_status', label: 'Form Status', values: [option('completed')], form: ctx.form });
  const actions = ACTION_TYPES.filter((type) => ctx.crm.connected || !CRM_ACTION_TYPES.includes(type)).map((type) => ({ type, label: ACTION_LABELS[type] }));
  return {
    triggers,
    actions,
    crm: ctx.crm.connected
      ? {
          provider: ctx.crm.provider,
          name: CRM_NAMES[ctx.crm.provider ?? ''] ?? ctx.crm.provider,
          statuses: ctx.crm.statuses.filter((s) => s.usable).map((s) => ({ id: s.id, name: s.label || s.name, caseType: s.caseType })),
          substatuses: (ctx.crm.substatuses ?? []).filter((s) => s.usable).map((s) => ({ id: s.id, name: s.label || s.name, statusType: s.statusType })),
        }
      : null,
    noteVariables: Object.keys(NOTE_VARIABLES).map((name) => `{{${name}}}`),
  };
}
