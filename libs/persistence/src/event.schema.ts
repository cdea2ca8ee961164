import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Types } from 'mongoose';
import type { StoredEventBody } from '@hub/events';

/** pending: stored, not yet processed; processing: claimed by a worker until lockedUntil. */
export const EVENT_STATES = ['pending', 'processing', 'processed', 'failed'] as const;
export type EventState = (typeof EVENT_STATES)[number];

@Schema({ collection: 'events', timestamps: false, minimize: false })
export class StoredEvent {
  @Prop({ type: Types.ObjectId, required: true })
  workspaceId: Types.ObjectId;

  /** The producer's id: unique within a workspace (the idempotency key). */
  @Prop({ type: String, required: true })
  eventId: string;

  @Prop({ type: String, required: true })
  type: string;

  @Prop({ type: String, required: true })
  campaignId: string;

  @Prop({ type: String })
  contactId: string;

  @Prop({ type: Date, required: true })
  occurredAt: Date;

  /** What the producer sent, as JSON text: kept exactly, whatever its keys. */
  @Prop({ type: String, required: true })
  raw: string;

  /** The canonical form (libs/events), or the hub event itself. */
  @Prop({ type: Object, required: true })
  normalized: StoredEventBody;

  @Prop({ type: String, required: true, enum: EVENT_STATES, default: 'pending' })
  state: EventState;

  /** false when the queue could not take it at ingest: the sweeper picks it up first. */
  @Prop({ type: Boolean, default: true })
  enqueued: boolean;

  @Prop({ type: Number, default: 0 })
  attempts: number;

  @Prop({ type: Date })
  lockedUntil?: Date;

  @Prop({ type: String })
  error?: string;

  @Prop({ type: Date, required: true })
  receivedAt: Date;

  @Prop({ type: Date })
  processedAt?: Date;
}

export const StoredEventSchema = SchemaFactory.createForClass(StoredEvent);
StoredEventSchema.index({ workspaceId: 1, eventId: 1 }, { unique: true });
StoredEventSchema.index({ state: 1, receivedAt: 1 });
StoredEventSchema.index({ workspaceId: 1, type: 1, receivedAt: -1 });
