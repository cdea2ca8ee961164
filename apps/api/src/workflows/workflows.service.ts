import { Injectable } from '@nestjs/common';
import { HubError } from '@hub/common';
import { Campaign, WithId, Workflow, WorkflowRepository } from '@hub/persistence';
import { checkWorkflowRules, CrmContextService, toWorkflowAction, toWorkflowTrigger, WorkflowAction, WorkflowTrigger } from '@hub/workflows';
import { AuthContext } from '../auth/auth-context.type';
import { CampaignsService } from '../campaigns/campaigns.service';
import { draftFromInput, draftFromTemplate } from './workflow-template.util';
import { toWorkflowView, WorkflowView } from './workflow-view';
import { CreateWorkflowDto, UpdateWorkflowDto } from './workflow.dto';

/** Workflows under a campaign and at the top level: one list, one set of rules. */
@Injectable()
export class WorkflowsService {
  constructor(
    private readonly workflows: WorkflowRepository,
    private readonly campaigns: CampaignsService,
    private readonly crm: CrmContextService,
  ) {}

  async create(auth: AuthContext, campaignId: string, input: CreateWorkflowDto): Promise<WorkflowView> {
    const campaign = await this.campaigns.getVisible(auth, campaignId);
    const crm = await this.crm.load(auth.workspaceId);
    const draft = input.template ? draftFromTemplate(input, crm) : draftFromInput(input);
    this.assertRules(draft, campaign, crm);
    const actor = { keyId: auth.keyId, label: auth.keyLabel };
    const created = await this.workflows.create(auth.workspaceId, { ...draft, campaignId, createdBy: actor, updatedBy: actor });
    return toWorkflowView(created, crm, campaign);
  }

  async list(auth: AuthContext, campaignId?: string): Promise<WorkflowView[]> {
    const filter = campaignId ? { campaignId: (await this.campaigns.getVisible(auth, campaignId))._id.toString() } : auth.campaignIds.length ? { campaignId: { $in: auth.campaignIds } } : {};
    const [workflows, crm, campaigns] = await Promise.all([
      this.workflows.find(auth.workspaceId, filter, { sort: { createdAt: 1 } }),
      this.crm.load(auth.workspaceId),
      this.campaigns.list(auth),
    ]);
    const forms = new Map(campaigns.map((c) => [c.id, { form: c.form }]));
    return workflows.map((w) => toWorkflowView(w, crm, forms.get(w.campaignId) ?? { form: null }));
  }

  async get(auth: AuthContext, id: string, campaignId?: string): Promise<WorkflowView> {
    const { workflow, campaign } = await this.load(auth, id, campaignId);
    return toWorkflowView(workflow, await this.crm.load(auth.workspaceId), campaign);
  }

  async update(auth: AuthContext, id: string, input: UpdateWorkflowDto, campaignId?: string): Promise<WorkflowView> {
    const { workflow, campaign } = await this.load(auth, id, campaignId);
    const crm = await this.crm.load(auth.workspaceId);
    const next = {
      trigger: input.trigger ? toWorkflowTrigger(input.trigger) : (workflow.trigger as unknown as WorkflowTrigger),
      actions: input.actions ? input.actions.map(toWorkflowAction) : (workflow.actions as unknown as WorkflowAction[]),
      crmNote: input.crmNote !== undefined ? input.crmNote : workflow.crmNote,
    };
    const touchesRules = input.trigger !== undefined || input.actions !== undefined || input.crmNote !== undefined;
    if (touchesRules) this.assertRules(next, campaign, crm);
    const $set = {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.enabled !== undefined && { enabled: input.enabled }),
      ...(touchesRules && next),
      updatedBy: { keyId: auth.keyId, label: auth.keyLabel },
    };
    const updated = await this.workflows.updateById(auth.workspaceId, id, { $set });
    if (!updated) throw HubError.notFound('Workflow');
    return toWorkflowView(updated, crm, campaign);
  }

  async delete(auth: AuthContext, id: string, campaignId?: string): Promise<void> {
    await this.load(auth, id, campaignId);
    await this.workflows.deleteById(auth.workspaceId, id);
  }

  private async load(auth: AuthContext, id: string, campaignId?: string): Promise<{ workflow: WithId<Workflow>; campaign: WithId<Campaign> }> {
    const workflow = await this.workflows.findById(auth.workspaceId, id);
    if (!workflow || (campaignId && workflow.campaignId !== campaignId)) throw HubError.notFound('Workflow');
    const campaign = await this.campaigns.getVisible(auth, workflow.campaignId).catch(() => {
      throw HubError.notFound('Workflow');
    });
    return { workflow, campaign };
  }

  private assertRules(draft: { trigger: WorkflowTrigger; actions: WorkflowAction[]; crmNote?: string | null }, campaign: WithId<Campaign>, crm: Awaited<ReturnType<CrmContextService['load']>>): void {
    const errors = checkWorkflowRules(draft, { campaignHasForm: !!campaign.form, crmConnected: crm.connected, usableStatusIds: crm.usableStatusIds, usableSubstatusIds: crm.usableSubstatusIds });
    if (errors.length) throw HubError.validation('The workflow is not valid', errors);
  }
}
