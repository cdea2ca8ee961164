import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Types } from 'mongoose';

export const DESTINATION_KINDS = ['endpoint', 'zapier'] as const;
export type DestinationKind = (typeof DESTINATION_KINDS)[number];

/** pending: an attempt is due or scheduled; failed: retries used up, or the destination refused it for good. */
export const MESSAGE_STATUSES = ['pending', 'succeeded', 'failed'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** One event for one destination; its id is the webhook-id of every attempt. */
@Schema({ collection: 'webhook_messages', timestamps: true })
export class WebhookMessage {
  @Prop({ type: Types.ObjectId, required: true })
  workspaceId: Types.ObjectId;

  @Prop({ type: String, required: true, enum: DESTINATION_KINDS })
  destinationKind: DestinationKind;

  /** The endpoint's or the Zapier subscription's id. */
  @Prop({ type: Types.ObjectId, required: true })
  destinationId: Types.ObjectId;

  @Prop({ type: String, required: true })
  eventId: string;

  @Prop({ type: String, required: true })
  eventType: string;

  @Prop({ type: String, default: null })
  campaignId: string | null;

  /** The exact body signed and sent on every attempt; null once the retention period purged it. */
  @Prop({ type: String, default: null })
  body: string | null;

  @Prop({ type: String, enum: MESSAGE_STATUSES, default: 'pending' })
  status: MessageStatus;

  @Prop({ type: Number, default: 0 })
  attempts: number;

  @Prop({ type: Date, default: null })
  nextAttemptAt: Date | null;

  @Prop({ type: String, default: null })
  lastError: string | null;

  createdAt: Date;
  updatedAt: Date;
}

export const WebhookMessageSchema = SchemaFactory.createForClass(WebhookMessage);
// Idempotent fan-out: an event processed twice never yields two messages for one destination.
WebhookMessageSchema.index({ destinationId: 1, eventId: 1 }, { unique: true });
WebhookMessageSchema.index({ workspaceId: 1, destinationId: 1, createdAt: -1 });
WebhookMessageSchema.index({ createdAt: 1 });
