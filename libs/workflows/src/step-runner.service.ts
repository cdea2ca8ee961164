import { Injectable } from '@nestjs/common';
import { CrmConnectorService } from '@hub/crm';
import type { AnyCanonicalEvent } from '@hub/events';
import { CampaignRepository, CrmConnectionRepository, CrmMapping, EventRepository, WithId, WorkflowRun, WorkflowRunRepository, WorkflowStep, WorkflowStepRepository } from '@hub/persistence';
import type { RunStepJob } from '@hub/queue';
import { renderEventSummaryNote } from './event-summary-note.util';
import { NoteContext, renderNoteTemplate } from './note-template.util';
import { OutreachStopper } from './outreach-stopper.service';
import { runOutcome } from './run-outcome.util';
import { decideAfterFailure } from './step-failure.util';

export type StepAttempt = { done: true } | { done: false; retryInMs?: number; error: Error };

/** Thrown by a step that cannot run any more (the CRM was disconnected since it fired). */
class SkipStep extends Error {}

/** Runs one step of a fired workflow, records the outcome, decides on retries. */
@Injectable()
export class StepRunnerService {
  constructor(
    private readonly runs: WorkflowRunRepository,
    private readonly steps: WorkflowStepRepository,
    private readonly events: EventRepository,
    private readonly campaigns: CampaignRepository,
    private readonly connections: CrmConnectionRepository,
    private readonly crm: CrmConnectorService,
    private readonly outreach: OutreachStopper,
  ) {}

  async run(job: RunStepJob, attempt: number, maxAttempts: number): Promise<StepAttempt> {
    const { workspaceId, runId, stepIndex } = job;
    const [run, step] = await Promise.all([this.runs.findById(workspaceId, runId), this.steps.get(workspaceId, runId, stepIndex)]);
    if (!run || !step || (step.status !== 'pending' && step.status !== 'retrying')) return { done: true };
    const lastAttemptAt = new Date();
    try {
      const result = await this.execute(run, step);
      await this.finish(run, step, { status: 'succeeded', result, reason: null, lastAttemptAt });
      return { done: true };
    } catch (error) {
      if (error instanceof SkipStep) {
        await this.finish(run, step, { status: 'skipped', reason: error.message, lastAttemptAt });
        return { done: true };
      }
      const decision = decideAfterFailure(error, attempt, maxAttempts);
      if (decision.status === 'failed') {
        await this.finish(run, step, { status: 'failed', reason: decision.reason, lastAttemptAt });
        return { done: true };
      }
      await this.steps.update(step._id, { status: 'retrying', reason: decision.reason, lastAttemptAt }, true);
      return { done: false, retryInMs: decision.retryInMs, error: error as Error };
    }
  }

  /** Ends the step (counting the attempt); the last step to end writes the run's outcome. */
  private async finish(run: WithId<WorkflowRun>, step: WorkflowStep, patch: Partial<WorkflowStep> & Pick<WorkflowStep, 'status'>): Promise<void> {
    const workspaceId = run.workspaceId.toString();
    await this.steps.update(step._id, { ...patch, finishedAt: new Date() }, true);
    // This step's outcome is known; only the others are read.
    const others = await this.steps.forRun(workspaceId, run._id.toString(), run.stepCount, step.index);
    const outcome = runOutcome([patch, ...others]);
    if (outcome !== 'running') await this.runs.setOutcome(run._id, outcome);
  }

  private async execute(run: WithId<WorkflowRun>, step: WorkflowStep): Promise<string> {
    const workspaceId = run.workspaceId.toString();
    const stored = await this.events.findById(workspaceId, run.eventRef);
    if (!stored) throw new SkipStep('The event is no longer stored');
    const event = stored.normalized as unknown as AnyCanonicalEvent;
    const by = { workflowId: run.workflowId, workflowName: run.workflowName, runId: run._id.toString() };
    switch (step.kind) {
      case 'stop_calls':
        return this.outreach.stop(workspaceId, event, 'calls', by);
      case 'stop_messaging':
        return this.outreach.stop(workspaceId, event, 'messaging', by);
      case 'stop_campaign':
        return this.outreach.stop(workspaceId, event, 'enrollment', by);
      case 'update_crm_status':
        return this.crmAction(workspaceId, 'update_case_status', event, async (caseId, mapping) => statusInput(caseId, step, mapping));
      case 'post_crm_note':
        return this.crmAction(workspaceId, 'post_note', event, async (caseId, mapping) => noteInput(caseId, run.workflowName, renderEventSummaryNote(await this.noteContext(run, event)), mapping));
      case 'crm_note':
        return this.crmAction(workspaceId, 'post_note', event, async (caseId, mapping) => noteInput(caseId, run.workflowName, renderNoteTemplate(run.crmNote ?? '', await this.noteContext(run, event)), mapping));
      default:
        throw new SkipStep(`Unknown step ${step.kind}`);
    }
  }

  private async crmAction(
    workspaceId: string,
    action: string,
    event: AnyCanonicalEvent,
    input: (caseId: string, mapping: CrmMapping | undefined) => Promise<Record<string, unknown>>,
  ): Promise<string> {
    const caseId = event.contact.crm?.caseId;
    if (!caseId) throw new SkipStep('The contact has no case id in the CRM (contact.crm.caseId)');
    const connection = await this.connections.cachedGet(workspaceId);
    if (!connection) throw new SkipStep('No CRM is connected to the workspace');
    const result = await this.crm.runAction(workspaceId, action, await input(caseId, connection.mapping));
    return result.summary;
  }

  private async noteContext(run: WithId<WorkflowRun>, event: AnyCanonicalEvent): Promise<NoteContext> {
    const campaign = await this.campaigns.cachedById(run.workspaceId.toString(), run.campaignId);
    return { event, campaign: { id: run.campaignId, name: campaign?.name ?? run.campaignId }, workflow: { name: run.workflowName } };
  }
}

/** The status and secondary status by id, with the names the CRM knows them by (LawRuler sets statuses by name). */
function statusInput(caseId: string, step: WorkflowStep, mapping: CrmMapping | undefined): Record<string, unknown> {
  const status = mapping?.statuses?.find((s) => s.id === step.statusId);
  const substatus = mapping?.substatuses?.find((s) => s.id === step.substatusId);
  return {
    caseId,
    ...(step.statusId !== undefined && { statusId: step.statusId, ...(status && { statusName: status.name }) }),
    ...(step.substatusId !== undefined && { substatusId: step.substatusId, ...(substatus && { substatusName: substatus.name, substatusType: substatus.statusType }) }),
  };
}

function noteInput(caseId: string, workflowName: string, text: string, mapping: CrmMapping | undefined): Record<string, unknown> {
  const noteTypeId = mapping?.defaultNoteTypeId;
  return { caseId, text, subject: `Kayse AI workflow: ${workflowName}`, ...(noteTypeId && { noteTypeId }) };
}
