import { Injectable } from '@nestjs/common';
import { FilterQuery, Types } from 'mongoose';
import { WorkflowRun, WorkflowRunRepository, WorkflowStep, WorkflowStepRepository } from '@hub/persistence';
import { AuthContext } from '../auth/auth-context.type';
import { CampaignsService } from '../campaigns/campaigns.service';
import { decodeRunCursor, encodeRunCursor } from './run-cursor.util';
import { WorkflowReportQueryDto } from './workflow-report.dto';

const DEFAULT_RANGE_MS = 30 * 24 * 3600 * 1000;
/** The summary counts at most this many runs of a range; past it the report says it is truncated. */
const SUMMARY_CAP = 50_000;

interface WorkflowSummary {
  workflowId: string;
  name: string;
  card: { when: string; then: string };
  runs: number;
  outcomes: Record<string, number>;
  /** Step outcomes: succeeded, failed, skipped, retrying, pending. */
  actions: Record<string, number>;
}

/** Reports → Workflows: which workflows fired, how their actions ended, and the runs themselves. */
@Injectable()
export class WorkflowReportService {
  constructor(
    private readonly runs: WorkflowRunRepository,
    private readonly steps: WorkflowStepRepository,
    private readonly campaigns: CampaignsService,
  ) {}

  async report(auth: AuthContext, campaignId: string, query: WorkflowReportQueryDto) {
    await this.campaigns.getVisible(auth, campaignId);
    const to = query.to ? new Date(query.to) : new Date();
    const from = query.from ? new Date(query.from) : new Date(to.getTime() - DEFAULT_RANGE_MS);
    const filter: FilterQuery<WorkflowRun> = { campaignId, firedAt: { $gte: from, $lt: to } };
    if (query.workflowId) filter.workflowId = query.workflowId;

    const [summaryRuns, summarySteps] = await Promise.all([
      this.runs.find(auth.workspaceId, filter, { sort: { firedAt: -1 }, limit: SUMMARY_CAP }),
      this.steps.find(auth.workspaceId, filter as FilterQuery<WorkflowStep>, { sort: { firedAt: -1 }, limit: SUMMARY_CAP }),
    ]);
    const byWorkflow = new Map<string, WorkflowSummary>();
    for (const run of summaryRuns) {
      const entry = byWorkflow.get(run.workflowId) ?? {
        workflowId: run.workflowId,
        name: run.workflowName,
        card: run.card,
        runs: 0,
        outcomes: {},
        actions: {},
      };
      entry.runs++;
      entry.outcomes[run.outcome] = (entry.outcomes[run.outcome] ?? 0) + 1;
      byWorkflow.set(run.workflowId, entry);
    }
    for (const step of summarySteps) {
      const entry = byWorkflow.get(step.workflowId);
      if (entry) entry.actions[step.status] = (entry.actions[step.status] ?? 0) + 1;
    }

    const limit = query.limit ?? 50;
    const pageFilter: FilterQuery<WorkflowRun> = { ...filter, ...(query.outcome && { outcome: query.outcome }) };
    if (query.cursor) {
      const cursor = decodeRunCursor(query.cursor);
      pageFilter.$or = [{ firedAt: { $lt: cursor.firedAt } }, { firedAt: cursor.firedAt, _id: { $lt: new Types.ObjectId(cursor.id) } }];
    }
    const page = await this.runs.find(auth.workspaceId, pageFilter, { sort: { firedAt: -1, _id: -1 }, limit: limit + 1 });
    const items = page.slice(0, limit);
    const last = items.at(-1);
    const stepsByRun = groupBy(
      await this.steps.forRuns(
        auth.workspaceId,
        items.map((run) => run._id.toString()),
      ),
      (step) => step.runId,
    );
    return {
      range: { from, to },
      summary: {
        workflows: [...byWorkflow.values()],
        truncated: summaryRuns.length === SUMMARY_CAP || summarySteps.length === SUMMARY_CAP,
      },
      runs: items.map((run) => ({
        id: run._id.toString(),
        workflow: { id: run.workflowId, name: run.workflowName, card: run.card },
        event: { id: run.eventId, type: run.eventType },
        contact: run.contact,
        firedAt: run.firedAt,
        outcome: run.outcome,
        actions: (stepsByRun.get(run._id.toString()) ?? []).map((step) => ({
          kind: step.kind,
          status: step.status,
          reason: step.reason ?? null,
          attempts: step.attempts,
          lastAttemptAt: step.lastAttemptAt ?? null,
          finishedAt: step.finishedAt ?? null,
          result: step.result ?? null,
        })),
      })),
      nextCursor: page.length > limit && last ? encodeRunCursor({ firedAt: last.firedAt, id: last._id.toString() }) : null,
    };
  }
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
