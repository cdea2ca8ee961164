import { createHash } from 'node:crypto';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Types } from 'mongoose';

export const OUTREACH_STOPS = ['calls', 'messaging', 'enrollment'] as const;
export type OutreachStop = (typeof OUTREACH_STOPS)[number];

export interface StoppedBy {
  workflowId: string;
  workflowName: string;
  runId: string;
}

/**
 * One stop of one kind of outreach for a contact in a campaign. Insert-only
 * with a unique key: stopping twice is a duplicate, never a second write, so
 * stops that run at once cannot overwrite each other.
 */
@Schema({ collection: 'outreach_stops', timestamps: false })
export class OutreachStopRecord {
  /** outreachStopId(...): found by _id, the one filter FerretDB indexes, as the stop collection grows with every contact. */
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ type: Types.ObjectId, required: true })
  workspaceId: Types.ObjectId;

  @Prop({ type: String, required: true })
  campaignId: string;

  @Prop({ type: String, required: true })
  contactId: string;

  @Prop({ type: String, enum: OUTREACH_STOPS, required: true })
  kind: OutreachStop;

  @Prop({ type: Date, required: true })
  at: Date;

  @Prop({ type: Object, required: true })
  by: StoppedBy;
}

/** A digest of the JSON of the four parts, so no choice of campaign or contact ids can make two stops share an id. */
export function outreachStopId(workspaceId: string, campaignId: string, contactId: string, kind: OutreachStop): string {
  return createHash('sha256')
    .update(JSON.stringify([workspaceId, campaignId, contactId, kind]))
    .digest('hex');
}

export const OutreachStopSchema = SchemaFactory.createForClass(OutreachStopRecord);
OutreachStopSchema.index({ workspaceId: 1, campaignId: 1, contactId: 1, kind: 1 }, { unique: true });
