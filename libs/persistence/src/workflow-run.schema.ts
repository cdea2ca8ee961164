import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Types } from 'mongoose';

export const RUN_OUTCOMES = ['running', 'succeeded', 'failed', 'partial', 'skipped'] as const;
export type RunOutcome = (typeof RUN_OUTCOMES)[number];

/** One firing of one workflow for one event: unique, so a re-processed event never fires twice. */
@Schema({ collection: 'workflow_runs', timestamps: false, minimize: false })
export class WorkflowRun {
  @Prop({ type: Types.ObjectId, required: true })
  workspaceId: Types.ObjectId;

  @Prop({ type: String, required: true })
  campaignId: string;

  @Prop({ type: String, required: true })
  workflowId: string;

  @Prop({ type: String, required: true })
  workflowName: string;

  @Prop({ type: Object, required: true })
  card: { when: string; then: string };

  /** The workflow's CRM Note field as it was when the run fired. */
  @Prop({ type: String, default: null })
  crmNote: string | null;

  /** The stored event's _id. */
  @Prop({ type: String, required: true })
  eventRef: string;

  @Prop({ type: String, required: true })
  eventId: string;

  @Prop({ type: String, required: true })
  eventType: string;

  @Prop({ type: Object, required: true })
  contact: { id: string; name?: string };

  @Prop({ type: Date, required: true })
  firedAt: Date;

  /** How many steps the run has (documents in workflow_steps). */
  @Prop({ type: Number, required: true })
  stepCount: number;

  /** Written once, when every step has ended; the same value whoever writes it. */
  @Prop({ type: String, enum: RUN_OUTCOMES, default: 'running' })
  outcome: RunOutcome;
}

export const WorkflowRunSchema = SchemaFactory.createForClass(WorkflowRun);
WorkflowRunSchema.index({ workflowId: 1, eventRef: 1 }, { unique: true });
WorkflowRunSchema.index({ workspaceId: 1, campaignId: 1, firedAt: -1 });
