import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Types } from 'mongoose';

/** A Zapier REST hook: a Zap that is on and wants one event type posted to its hook URL. */
@Schema({ collection: 'zapier_subscriptions', timestamps: true })
export class ZapierSubscription {
  @Prop({ type: Types.ObjectId, required: true })
  workspaceId: Types.ObjectId;

  @Prop({ type: String, required: true })
  targetUrl: string;

  @Prop({ type: String, required: true })
  event: string;

  /** Null: every campaign. */
  @Prop({ type: String, default: null })
  campaignId: string | null;

  /** The API key that subscribed (the Zap's connection). */
  @Prop({ type: String, required: true })
  keyId: string;

  createdAt: Date;
  updatedAt: Date;
}

export const ZapierSubscriptionSchema = SchemaFactory.createForClass(ZapierSubscription);
ZapierSubscriptionSchema.index({ workspaceId: 1, event: 1 });
