import { Injectable } from '@nestjs/common';
import { HubEventPublisher } from '@hub/core';
import type { AnyCanonicalEvent } from '@hub/events';
import { Campaign, CampaignRepository, NewWorkflowStep, WithId, WorkflowRepository, WorkflowRunRepository, WorkflowStepRepository } from '@hub/persistence';
import { ActionQueueProducer } from '@hub/queue';
import { CrmContext, CrmContextService } from './crm-context.service';
import { planSteps } from './step-plan.util';
import { matchesTrigger } from './trigger-match.util';
import { renderWorkflowCard } from './workflow-card.util';
import type { WorkflowAction, WorkflowTrigger } from './workflow.type';
import { runOutcome } from './run-outcome.util';

/**
 * For one processed event: finds the campaign's enabled workflows whose
 * trigger matches, records one run per workflow (unique per event, so a
 * re-processed event never fires twice) and queues each step as its own job.
 */
@Injectable()
export class WorkflowEngineService {
  constructor(
    private readonly campaigns: CampaignRepository,
    private readonly workflows: WorkflowRepository,
    private readonly runs: WorkflowRunRepository,
    private readonly steps: WorkflowStepRepository,
    private readonly crmContext: CrmContextService,
    private readonly actions: ActionQueueProducer,
    private readonly hubEvents: HubEventPublisher,
  ) {}

  /** Returns how many workflows fired for the event. */
  async fire(workspaceId: string, eventRef: string, event: AnyCanonicalEvent): Promise<number> {
    const campaign = await this.campaigns.cachedById(workspaceId, event.campaignId);
    if (!campaign) return 0;
    const matched = (await this.workflows.cachedEnabledForCampaign(workspaceId, event.campaignId)).filter((w) =>
      matchesTrigger(w.trigger as unknown as WorkflowTrigger, event, campaign),
    );
    if (matched.length === 0) return 0;
    const crm = await this.crmContext.load(workspaceId);
    for (const workflow of matched) await this.fireOne(workspaceId, eventRef, event, campaign, crm, workflow);
    return matched.length;
  }

  private async fireOne(
    workspaceId: string,
    eventRef: string,
    event: AnyCanonicalEvent,
    campaign: WithId<Campaign>,
    crm: CrmContext,
    workflow: Awaited<ReturnType<WorkflowRepository['cachedEnabledForCampaign']>>[number],
  ): Promise<void> {
    const actions = workflow.actions as unknown as WorkflowAction[];
    const trigger = workflow.trigger as unknown as WorkflowTrigger;
    const planned = planSteps(
      { actions, crmNote: workflow.crmNote },
      { crmConnected: crm.connected, usableStatusIds: crm.usableStatusIds, usableSubstatusIds: crm.usableSubstatusIds, hasCaseId: !!event.contact.crm?.caseId },
    );
    const workflowId = workflow._id.toString();
    const firedAt = new Date();
    const { run, created } = await this.runs.createOnce(
      workspaceId,
      {
        campaignId: campaign._id.toString(),
        workflowId,
        workflowName: workflow.name,
        card: renderWorkflowCard({ trigger, actions, crmNote: workflow.crmNote }, crm.statusName),
        crmNote: workflow.crmNote,
        eventRef,
        eventId: event.id,
        eventType: event.type,
        contact: { id: event.contact.id, ...(event.contact.name && { name: event.contact.name }) },
        firedAt,
        stepCount: planned.length,
      },
      runOutcome(planned.map((step) => ({ status: step.skipReason ? 'skipped' : 'pending' }))),
    );
    const runId = run._id.toString();
    // Steps are inserted even when the run already existed: a crash may have come between the two.
    const steps: NewWorkflowStep[] = planned.map((step, index) => ({
      runId,
      campaignId: run.campaignId,
      workflowId,
      firedAt: run.firedAt,
      index,
      kind: step.kind,
      ...(step.actionIndex !== undefined && { actionIndex: step.actionIndex }),
      ...(step.statusId !== undefined && { statusId: step.statusId }),
      ...(step.substatusId !== undefined && { substatusId: step.substatusId }),
      status: step.skipReason ? 'skipped' : 'pending',
      ...(step.skipReason && { reason: step.skipReason, finishedAt: firedAt }),
      attempts: 0,
    }));
    await this.steps.insertMissing(workspaceId, steps);
    const pending = created ? steps : await this.steps.forRun(workspaceId, runId, run.stepCount);
    await this.actions.addSteps(
      pending.filter((s) => s.status === 'pending' || s.status === 'retrying').map((s) => ({ workspaceId, runId, stepIndex: s.index })),
    );
    // Published on every pass, not only when the run was created: a worker may have died before
    // publishing. The event id derives from the run, so it is stored and sent once.
    await this.hubEvents.publish(workspaceId, {
      id: `workflow.fired:${runId}`,
      type: 'workflow.fired',
      occurredAt: run.firedAt.toISOString(),
      campaignId: run.campaignId,
      contact: event.contact,
      data: { workflow: { id: workflowId, name: workflow.name }, run: { id: runId }, trigger: { eventId: event.id, eventType: event.type } },
    });
  }
}
