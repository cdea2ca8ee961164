import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema, Types } from 'mongoose';

export const CAMPAIGN_STATUSES = ['draft', 'active', 'paused', 'completed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export interface CampaignForm {
  id: string;
  name: string;
}

@Schema({ collection: 'campaigns', timestamps: true })
export class Campaign {
  @Prop({ type: Types.ObjectId, required: true, index: true })
  workspaceId: Types.ObjectId;

  @Prop({ type: String, required: true })
  name: string;

  @Prop({ type: String, enum: CAMPAIGN_STATUSES, default: 'active' })
  status: CampaignStatus;

  @Prop({ type: new MongooseSchema({ id: String, name: String }, { _id: false }), default: null })
  form: CampaignForm | null;

  createdAt: Date;
  updatedAt: Date;
}

export const CampaignSchema = SchemaFactory.createForClass(Campaign);
