import { Campaign, Workflow, WithId } from '@hub/persistence';
import { attentionReasons, CrmContext, renderWorkflowCard, WorkflowAction, WorkflowTrigger } from '@hub/workflows';

export function toWorkflowView(workflow: WithId<Workflow>, crm: CrmContext, campaign: Pick<Campaign, 'form'>) {
  const trigger = workflow.trigger as unknown as WorkflowTrigger;
  const actions = workflow.actions as unknown as WorkflowAction[];
  const attention = attentionReasons(
    { trigger, actions, crmNote: workflow.crmNote },
    { crmConnected: crm.connected, usableStatusIds: crm.usableStatusIds, usableSubstatusIds: crm.usableSubstatusIds, campaignHasForm: !!campaign.form },
  );
  return {
    id: workflow._id.toString(),
    campaignId: workflow.campaignId,
    name: workflow.name,
    enabled: workflow.enabled,
    trigger,
    actions,
    crmNote: workflow.crmNote,
    template: workflow.template,
    card: renderWorkflowCard({ trigger, actions, crmNote: workflow.crmNote }, crm.statusName),
    needsAttention: attention.length > 0,
    attention,
    createdAt: workflow.createdAt,
    updatedAt: workflow.updatedAt,
    createdBy: workflow.createdBy,
    updatedBy: workflow.updatedBy,
  };
}

export type WorkflowView = ReturnType<typeof toWorkflowView>;
