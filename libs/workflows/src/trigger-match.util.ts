import { assertNever } from '@hub/common';
import type { WorkflowTrigger } from '@hub/domain';
import type { AnyCanonicalEvent } from '@hub/events';
export interface CampaignForMatching {
  form: { id: string } | null;
}

/** Does this event fire this trigger? Pure: the engine and the tests share it. */
export function matchesTrigger(trigger: WorkflowTrigger, event: AnyCanonicalEvent, campaign: CampaignForMatching): boolean {
  switch (trigger.type) {
    case 'post_call_status':
      return event.type === 'call.completed' && trigger.values.includes(event.data.call.status);
    case 'message_reply_bucket':
      return event.type === 'message.received' && !!event.data.message.bucket && trigger.values.includes(event.data.message.bucket);
    case 'human_handoff':
      return event.type === 'handoff.requested';
    case 'form_status':
      return (
        event.type === 'form.completed' &&
        campaign.form !== null &&
        event.data.form.id === campaign.form.id &&
        (trigger.values as string[]).includes(event.data.form.status)
      );
    default:
      return assertNever(trigger);
  }
}
