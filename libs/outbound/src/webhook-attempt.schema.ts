import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Types } from 'mongoose';

export const ATTEMPT_TRIGGERS = ['scheduled', 'manual'] as const;
export type AttemptTrigger = (typeof ATTEMPT_TRIGGERS)[number];

@Schema({ collection: 'webhook_attempts', timestamps: { createdAt: true, updatedAt: false } })
export class WebhookAttempt {
  @Prop({ type: Types.ObjectId, required: true })
  workspaceId: Types.ObjectId;

  @Prop({ type: Types.ObjectId, required: true, index: true })
  messageId: Types.ObjectId;

  @Prop({ type: Types.ObjectId, required: true })
  destinationId: Types.ObjectId;

  @Prop({ type: String, required: true, enum: ATTEMPT_TRIGGERS })
  trigger: AttemptTrigger;

  @Prop({ type: String, required: true })
  url: string;

  /** Absent when no response came (timeout, refused connection, blocked address). */
  @Prop({ type: Number, default: null })
  statusCode: number | null;

  @Prop({ type: Number, required: true })
  durationMs: number;

  /** The first KB of the response body. */
  @Prop({ type: String, default: null })
  responseExcerpt: string | null;

  @Prop({ type: String, default: null })
  error: string | null;

  @Prop({ type: Boolean, required: true })
  success: boolean;

  @Prop({ type: Date, default: null })
  nextRetryAt: Date | null;

  createdAt: Date;
}

export const WebhookAttemptSchema = SchemaFactory.createForClass(WebhookAttempt);
