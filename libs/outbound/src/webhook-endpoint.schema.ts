import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Types } from 'mongoose';

@Schema({ collection: 'webhook_endpoints', timestamps: true })
export class WebhookEndpoint {
  @Prop({ type: Types.ObjectId, required: true, index: true })
  workspaceId: Types.ObjectId;

  @Prop({ type: String, required: true })
  url: string;

  @Prop({ type: String, default: '' })
  description: string;

  /** Empty: every event type. */
  @Prop({ type: [String], default: [] })
  eventTypes: string[];

  /** Empty: every campaign. */
  @Prop({ type: [String], default: [] })
  campaignIds: string[];

  @Prop({ type: Boolean, default: true })
  enabled: boolean;

  @Prop({ type: String, default: null })
  disabledReason: string | null;

  /** Requests per second at most; null: no limit beyond the in-flight cap. */
  @Prop({ type: Number, default: null })
  rateLimitPerSecond: number | null;

  /** Sealed (see EndpointSecrets): encrypted when an encryption key is configured. */
  @Prop({ type: String, required: true })
  secret: string;

  /** The secret before the last rotation, still signing until previousSecretExpiresAt. */
  @Prop({ type: String, default: null })
  previousSecret: string | null;

  @Prop({ type: Date, default: null })
  previousSecretExpiresAt: Date | null;

  /** Start of the current run of failed attempts; null after any success. */
  @Prop({ type: Date, default: null })
  failingSince: Date | null;

  createdAt: Date;
  updatedAt: Date;
}

export const WebhookEndpointSchema = SchemaFactory.createForClass(WebhookEndpoint);
WebhookEndpointSchema.index({ enabled: 1, failingSince: 1 });
