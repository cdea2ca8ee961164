import { Test } from '@nestjs/testing';
import { Types } from 'mongoose';
import { ConnectorError } from '@hub/connector-sdk';
import { CrmConnectorService, CrmError, CrmErrorCode } from '@hub/crm';
import type { AnyCanonicalEvent } from '@hub/events';
import {
  CampaignRepository,
  CrmConnectionRepository,
  EventRepository,
  WorkflowRun,
  WorkflowRunRepository,
  WorkflowStep,
  WorkflowStepRepository,
} from '@hub/persistence';
import { OutreachStopper } from './outreach-stopper.service';
import { StepRunnerService } from './step-runner.service';

const workspaceId = new Types.ObjectId().toString();
const runId = new Types.ObjectId();

const event: AnyCanonicalEvent = {
  id: 'evt_1',
  type: 'call.completed',
  occurredAt: '2026-11-20T15:04:05.000Z',
  campaignId: 'cmp_1',
  contact: { id: 'c_42', name: 'Ada Client', crm: { caseId: '9000002' } },
  data: { call: { status: 'unsuccessful' } },
};

const run = (stepCount: number): WorkflowRun & { _id: Types.ObjectId } => ({
  _id: runId,
  workspaceId: new Types.ObjectId(workspaceId),
  campaignId: 'cmp_1',
  workflowId: 'wf_1',
  workflowName: 'Unsuccessful call',
  card: { when: 'x', then: 'y' },
  crmNote: null,
  eventRef: new Types.ObjectId().toString(),
  eventId: event.id,
  eventType: event.type,
  contact: { id: 'c_42' },
  firedAt: new Date(),
  stepCount,
  outcome: 'running',
});

const step = (kind: WorkflowStep['kind'], index = 0, status: WorkflowStep['status'] = 'pending'): WorkflowStep => ({
  _id: `${runId.toString()}:${index}`,
  workspaceId: new Types.ObjectId(workspaceId),
  runId: runId.toString(),
  campaignId: 'cmp_1',
  workflowId: 'wf_1',
  firedAt: new Date(),
  index,
  kind,
  ...(kind === 'update_crm_status' && { statusId: 's_signed' }),
  status,
  attempts: 0,
});

/** The step runner over stub repositories: what it writes is what the stubs record. */
async function runner(options: { step: WorkflowStep; others?: Array<Pick<WorkflowStep, 'status'>>; contactCaseId?: string | null }) {
  const stored = { ...event, contact: { ...event.contact, crm: options.contactCaseId === null ? {} : event.contact.crm } };
  const runs = { findById: jest.fn().mockResolvedValue(run(1 + (options.others?.length ?? 0))), setOutcome: jest.fn() };
  const steps = {
    get: jest.fn().mockResolvedValue(options.step),
    update: jest.fn(),
    forRun: jest.fn().mockResolvedValue(options.others ?? []),
  };
  const events = { findById: jest.fn().mockResolvedValue({ normalized: stored }) };
  const campaigns = { cachedById: jest.fn().mockResolvedValue({ name: 'MVA leads' }) };
  const connections = {
    cachedGet: jest.fn().mockResolvedValue({ provider: 'smartadvocate', mapping: { statuses: [{ id: 's_signed', name: 'Signed' }] } }),
  };
  const crm = { runAction: jest.fn().mockResolvedValue({ summary: 'Status of case 9000002 set to Signed' }) };
  const outreach = { stop: jest.fn().mockResolvedValue('Calls stopped') };
  const module = await Test.createTestingModule({
    providers: [
      StepRunnerService,
      { provide: WorkflowRunRepository, useValue: runs },
      { provide: WorkflowStepRepository, useValue: steps },
      { provide: EventRepository, useValue: events },
      { provide: CampaignRepository, useValue: campaigns },
      { provide: CrmConnectionRepository, useValue: connections },
      { provide: CrmConnectorService, useValue: crm },
      { provide: OutreachStopper, useValue: outreach },
    ],
  }).compile();
  const job = { workspaceId, runId: runId.toString(), stepIndex: options.step.index };
  return { service: module.get(StepRunnerService), job, runs, steps, crm, outreach };
}

const lastUpdate = (steps: { update: jest.Mock }) => steps.update.mock.calls.at(-1) as [string, Partial<WorkflowStep>, boolean];

describe('StepRunnerService', () => {
  it('runs an outreach stop and, as the last step to end, writes the run outcome', async () => {
    const { service, job, steps, runs, outreach } = await runner({ step: step('stop_calls'), others: [{ status: 'succeeded' }] });
    await expect(service.run(job, 1, 6)).resolves.toEqual({ done: true });
    expect(outreach.stop).toHaveBeenCalledWith(
      workspaceId,
      expect.objectContaining({ id: 'evt_1' }),
      'calls',
      expect.objectContaining({ runId: runId.toString() }),
    );
    expect(lastUpdate(steps)).toEqual([
      job.runId + ':0',
      expect.objectContaining({ status: 'succeeded', result: 'Calls stopped', reason: null }),
      true,
    ]);
    expect(runs.setOutcome).toHaveBeenCalledWith(runId, 'succeeded');
  });

  it('leaves the run running while another step has not ended', async () => {
    const { service, job, runs } = await runner({ step: step('stop_calls'), others: [{ status: 'retrying' }] });
    await service.run(job, 1, 6);
    expect(runs.setOutcome).not.toHaveBeenCalled();
  });

  it('calls the standard CRM action with typed input', async () => {
    const { service, job, crm } = await runner({ step: step('update_crm_status') });
    await service.run(job, 1, 6);
    expect(crm.runAction).toHaveBeenCalledWith(workspaceId, 'update_case_status', {
      caseId: '9000002',
      statusId: 's_signed',
      statusName: 'Signed',
    });
  });

  it('retries a transient CRM failure with its Retry-After, counting the attempt', async () => {
    const { service, job, steps, crm, runs } = await runner({ step: step('post_crm_note') });
    crm.runAction.mockRejectedValue(new ConnectorError('rate_limited', 'slow down', { status: 429, retryAfterMs: 3000 }));
    const attempt = await service.run(job, 2, 6);
    expect(attempt).toMatchObject({ done: false, retryInMs: 3000 });
    expect(lastUpdate(steps)).toEqual([
      job.runId + ':0',
      expect.objectContaining({ status: 'retrying', reason: expect.stringMatching(/rate limiting/) }),
      true,
    ]);
    expect(runs.setOutcome).not.toHaveBeenCalled();
  });

  it('fails the step for good once the attempts are used up', async () => {
    const { service, job, steps, crm, runs } = await runner({ step: step('post_crm_note') });
    crm.runAction.mockRejectedValue(new ConnectorError('transient', 'HTTP 503'));
    await expect(service.run(job, 6, 6)).resolves.toEqual({ done: true });
    expect(lastUpdate(steps)[1]).toMatchObject({ status: 'failed', reason: expect.stringMatching(/gave up after 6 attempts/) });
    expect(runs.setOutcome).toHaveBeenCalledWith(runId, 'failed');
  });

  it('does not retry what a retry cannot fix: a CRM the workspace no longer has', async () => {
    const { service, job, steps, crm } = await runner({ step: step('post_crm_note') });
    crm.runAction.mockRejectedValue(new CrmError(CrmErrorCode.NOT_CONNECTED, 'No CRM is connected to the workspace'));
    await expect(service.run(job, 1, 6)).resolves.toEqual({ done: true });
    expect(lastUpdate(steps)[1]).toMatchObject({ status: 'failed', reason: expect.stringMatching(/crm\.not_connected/) });
  });

  it('retries an error of its own (the database, the queue) as transient', async () => {
    const { service, job, crm } = await runner({ step: step('post_crm_note') });
    crm.runAction.mockRejectedValue(new Error('connection reset'));
    await expect(service.run(job, 1, 6)).resolves.toMatchObject({ done: false });
  });

  it('skips a CRM step whose contact has no case id, without calling the CRM', async () => {
    const { service, job, steps, crm, runs } = await runner({ step: step('crm_note'), contactCaseId: null });
    await expect(service.run(job, 1, 6)).resolves.toEqual({ done: true });
    expect(crm.runAction).not.toHaveBeenCalled();
    expect(lastUpdate(steps)[1]).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/no case id/) });
    expect(runs.setOutcome).toHaveBeenCalledWith(runId, 'skipped');
  });

  it('does nothing for a step that has already ended', async () => {
    const { service, job, steps } = await runner({ step: step('stop_calls', 0, 'succeeded') });
    await expect(service.run(job, 2, 6)).resolves.toEqual({ done: true });
    expect(steps.update).not.toHaveBeenCalled();
  });

  it('fails, without retrying, a step of a kind it does not know (stored by a newer version)', async () => {
    const { service, job, steps } = await runner({ step: step('teleport' as WorkflowStep['kind']) });
    await expect(service.run(job, 1, 6)).resolves.toEqual({ done: true });
    expect(lastUpdate(steps)[1]).toMatchObject({ status: 'failed', reason: expect.stringMatching(/Unhandled case: "teleport"/) });
  });
});
