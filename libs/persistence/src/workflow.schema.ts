import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Types } from 'mongoose';
import type { WorkflowAction, WorkflowTrigger } from '@hub/domain';

export interface Actor {
  keyId: string;
  label: string;
}

@Schema({ collection: 'workflows', timestamps: true, minimize: false })
export class Workflow {
  @Prop({ type: Types.ObjectId, required: true })
  workspaceId: Types.ObjectId;

  @Prop({ type: String, required: true })
  campaignId: string;

  @Prop({ type: String, required: true })
  name: string;

  @Prop({ type: Boolean, default: true })
  enabled: boolean;

  /** Validated against the workflow rules before it is saved. */
  @Prop({ type: Object, required: true })
  trigger: WorkflowTrigger;

  @Prop({ type: [Object], required: true })
  actions: WorkflowAction[];

  @Prop({ type: String, default: null })
  crmNote: string | null;

  @Prop({ type: String, default: null })
  template: string | null;

  @Prop({ type: Object })
  createdBy: Actor;

  @Prop({ type: Object })
  updatedBy: Actor;

  createdAt: Date;
  updatedAt: Date;
}

export const WorkflowSchema = SchemaFactory.createForClass(Workflow);
WorkflowSchema.index({ workspaceId: 1, campaignId: 1, enabled: 1 });
