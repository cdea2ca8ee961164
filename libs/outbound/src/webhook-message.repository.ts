import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types, UpdateQuery } from 'mongoose';
import { isDuplicateKeyError, TenantRepository, WithId } from '@hub/persistence';
import { WebhookMessage } from './webhook-message.schema';

export type NewMessage = Pick<
  WebhookMessage,
  'destinationKind' | 'destinationId' | 'eventId' | 'eventType' | 'campaignId' | 'body' | 'nextAttemptAt'
>;

@Injectable()
export class WebhookMessageRepository extends TenantRepository<WebhookMessage> {
  constructor(@InjectModel(WebhookMessage.name) model: Model<WebhookMessage>) {
    super(model);
  }

  /** The new message, or null when this destination already has one for the event. */
  async createOnce(workspaceId: string, message: NewMessage): Promise<WithId<WebhookMessage> | null> {
    try {
      return await this.create(workspaceId, { ...message, status: 'pending', attempts: 0 });
    } catch (error) {
      if (isDuplicateKeyError(error)) return null;
      throw error;
    }
  }

  /** Records an attempt's outcome on a message already read for its workspace: by _id alone, the filter FerretDB indexes. */
  async recordOutcome(messageId: Types.ObjectId, update: UpdateQuery<WebhookMessage>): Promise<void> {
    await this.model.updateOne({ _id: messageId }, update).exec();
  }

  async findFailedSince(workspaceId: string, destinationId: string, since: Date): Promise<WithId<WebhookMessage>[]> {
    return this.find(
      workspaceId,
      { destinationId: new Types.ObjectId(destinationId), status: 'failed', createdAt: { $gte: since } },
      { sort: { createdAt: 1 }, limit: 10_000 },
    );
  }

  /** Across all workspaces (a system job): drops the bodies of messages created before the cutoff. */
  async purgeBodiesBefore(cutoff: Date): Promise<number> {
    const result = await this.model.updateMany({ createdAt: { $lt: cutoff }, body: { $ne: null } }, { $set: { body: null } }).exec();
    return result.modifiedCount;
  }
}
