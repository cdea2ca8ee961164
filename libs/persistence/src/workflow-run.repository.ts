import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { isDuplicateKeyError } from './duplicate-key.util';
import { TenantRepository, WithId } from './tenant.repository';
import { RunOutcome, WorkflowRun } from './workflow-run.schema';

export type NewWorkflowRun = Omit<WorkflowRun, 'workspaceId' | 'outcome'>;

@Injectable()
export class WorkflowRunRepository extends TenantRepository<WorkflowRun> {
  constructor(@InjectModel(WorkflowRun.name) model: Model<WorkflowRun>) {
    super(model);
  }

  /** The run, or the one already recorded for this (workflow, event) with created=false. */
  async createOnce(workspaceId: string, run: NewWorkflowRun, outcome: RunOutcome): Promise<{ run: WithId<WorkflowRun>; created: boolean }> {
    try {
      return { run: await this.create(workspaceId, { ...run, outcome }), created: true };
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const existing = await this.findOne(workspaceId, { workflowId: run.workflowId, eventRef: run.eventRef });
      if (!existing) throw error;
      return { run: existing, created: false };
    }
  }

  /**
   * Only a terminal outcome is ever written, and every writer computes the same
   * one. The caller read the run for its workspace: by _id alone, the filter FerretDB indexes.
   */
  async setOutcome(runId: Types.ObjectId, outcome: RunOutcome): Promise<void> {
    await this.model.updateOne({ _id: runId }, { $set: { outcome } }).exec();
  }
}
