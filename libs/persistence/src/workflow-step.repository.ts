import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { duplicateIndexes } from './duplicate-key.util';
import { TenantRepository, WithId } from './tenant.repository';
import { WorkflowStep, workflowStepId } from './workflow-step.schema';

export type NewWorkflowStep = Omit<WorkflowStep, 'workspaceId' | '_id'>;

@Injectable()
export class WorkflowStepRepository extends TenantRepository<WorkflowStep> {
  constructor(@InjectModel(WorkflowStep.name) model: Model<WorkflowStep>) {
    super(model);
  }

  /** Inserts the steps a run does not have yet (safe to repeat after a crash). */
  async insertMissing(workspaceId: string, steps: NewWorkflowStep[]): Promise<void> {
    if (steps.length === 0) return;
    const ws = new Types.ObjectId(workspaceId);
    try {
      await this.model.collection.insertMany(
        steps.map((s) => ({ ...s, _id: workflowStepId(s.runId, s.index), workspaceId: ws })) as never[],
        { ordered: false },
      );
    } catch (error) {
      if (!duplicateIndexes(error, steps.length)) throw error;
    }
  }

  /** The run's steps, each read by _id; `except`: an index the caller already knows. */
  async forRun(workspaceId: string, runId: string, stepCount: number, except?: number): Promise<WorkflowStep[]> {
    const indexes = Array.from({ length: stepCount }, (_, index) => index).filter((index) => index !== except);
    const steps = await Promise.all(indexes.map((index) => this.get(workspaceId, runId, index)));
    return steps.filter((step): step is WorkflowStep => step !== null);
  }

  async forRuns(workspaceId: string, runIds: string[]): Promise<WithId<WorkflowStep>[]> {
    if (runIds.length === 0) return [];
    return this.find(workspaceId, { runId: { $in: runIds } }, { sort: { index: 1 } });
  }

  async get(workspaceId: string, runId: string, index: number): Promise<WorkflowStep | null> {
    return this.findOwned<WorkflowStep>(workspaceId, workflowStepId(runId, index));
  }

  /** Only the step's own job writes it, after get() checked the workspace. */
  async update(id: string, $set: Partial<WorkflowStep>, incAttempts = false): Promise<void> {
    await this.model.updateOne({ _id: id }, { $set, ...(incAttempts && { $inc: { attempts: 1 } }) }).exec();
  }
}
