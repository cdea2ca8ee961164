import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { HydratedDocument, Types } from 'mongoose';

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

  /** A WorkflowTrigger (libs/workflows), validated before it is saved. */
  @Prop({ type: Object, required: true })
  trigger: Record<string, unknown>;

  /** WorkflowAction[] (libs/workflows). */
  @Prop({ type: [Object], required: true })
  actions: Array<Record<string, unknown>>;

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

export type WorkflowDocument = HydratedDocument<Workflow>;
export const WorkflowSchema = SchemaFactory.createForClass(Workflow);
WorkflowSchema.index({ workspaceId: 1, campaignId: 1, enabled: 1 });
