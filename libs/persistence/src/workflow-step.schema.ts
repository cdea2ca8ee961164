import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { HydratedDocument, Types } from 'mongoose';

export const STEP_STATUSES = ['pending', 'retrying', 'succeeded', 'failed', 'skipped'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

/**
 * One step of a workflow run, a document of its own: only its own job writes
 * it, so steps running at once never race on one document.
 */
@Schema({ collection: 'workflow_steps', timestamps: false, minimize: false })
export class WorkflowStep {
  /** "<runId>:<index>": unique by construction, and found by _id, which FerretDB indexes. */
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ type: Types.ObjectId, required: true })
  workspaceId: Types.ObjectId;

  @Prop({ type: String, required: true })
  runId: string;

  @Prop({ type: String, required: true })
  campaignId: string;

  @Prop({ type: String, required: true })
  workflowId: string;

  @Prop({ type: Date, required: true })
  firedAt: Date;

  @Prop({ type: Number, required: true })
  index: number;

  /** An action type, or crm_note for the workflow's CRM Note field. */
  @Prop({ type: String, required: true })
  kind: string;

  @Prop({ type: Number })
  actionIndex?: number;

  @Prop({ type: String })
  statusId?: string;

  @Prop({ type: String })
  substatusId?: string;

  @Prop({ type: String, enum: STEP_STATUSES, required: true })
  status: StepStatus;

  /** Why the step was skipped or failed, or why its last attempt failed; cleared on success. */
  @Prop({ type: String, default: null })
  reason?: string | null;

  @Prop({ type: Number, default: 0 })
  attempts: number;

  @Prop({ type: Date })
  lastAttemptAt?: Date;

  @Prop({ type: Date })
  finishedAt?: Date;

  /** What the step did, e.g. "Note 812 added to case 9000002". */
  @Prop({ type: String })
  result?: string;
}

export type WorkflowStepDocument = HydratedDocument<WorkflowStep>;

export function workflowStepId(runId: string, index: number): string {
  return `${runId}:${index}`;
}
export const WorkflowStepSchema = SchemaFactory.createForClass(WorkflowStep);
WorkflowStepSchema.index({ workspaceId: 1, campaignId: 1, firedAt: -1 });
