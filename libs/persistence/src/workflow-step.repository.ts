import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { duplicateIndexes } from './duplicate-key.util';
import { TenantRepository, WithId } from './tenant.repository';
import { WorkflowStep } from './workflow-step.schema';

export type NewWorkflowStep = Omit<WorkflowStep, 'workspaceId'>;

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
      await this.model.collection.insertMany(steps.map((s) => ({ ...s, workspaceId: ws })), { ordered: false });
    } catch (error) {
      if (!duplicateIndexes(error)) throw error;
    }
  }

  async forRun(workspaceId: string, runId: string): Promise<WithId<WorkflowStep>[]> {
    return this.find(workspaceId, { runId }, { sort: { index: 1 } });
  }

  async forRuns(workspaceId: string, runIds: string[]): Promise<WithId<WorkflowStep>[]> {
    if (runIds.length === 0) return [];
    return this.find(workspaceId, { runId: { $in: runIds } }, { sort: { index: 1 } });
  }

  async get(workspaceId: string, runId: string, index: number): Promise<WithId<WorkflowStep> | null> {
    return this.findOne(workspaceId, { runId, index });
  }

  async update(workspaceId: string, id: Types.ObjectId, $set: Partial<WorkflowStep>, incAttempts = false): Promise<void> {
    await this.model.updateOne(this.scope(workspaceId, { _id: id }), { $set, ...(incAttempts && { $inc: { attempts: 1 } }) }).exec();
  }
}
