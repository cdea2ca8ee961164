import { Injectable } from '@nestjs/common';
import { Types } from 'mongoose';
import { WithId } from '@hub/persistence';
import { DeliveryQueueProducer } from './delivery-queue.producer';
import { DestinationKind, WebhookMessage } from './webhook-message.schema';
import { WebhookMessageRepository } from './webhook-message.repository';

export interface MessageOffer {
  kind: DestinationKind;
  destinationId: string;
  eventId: string;
  eventType: string;
  campaignId: string | null;
  body: string;
}

/** Turns an event into a message for one destination and queues its first attempt, once per (destination, event). */
@Injectable()
export class MessageFanout {
  constructor(
    private readonly messages: WebhookMessageRepository,
    private readonly queue: DeliveryQueueProducer,
  ) {}

  async offer(workspaceId: string, offer: MessageOffer, options: { queue?: boolean } = {}): Promise<WithId<WebhookMessage>> {
    const destinationId = new Types.ObjectId(offer.destinationId);
    const queue = options.queue !== false;
    const created = await this.messages.createOnce(workspaceId, {
      destinationKind: offer.kind,
      destinationId,
      eventId: offer.eventId,
      eventType: offer.eventType,
      campaignId: offer.campaignId,
      body: offer.body,
      nextAttemptAt: queue ? new Date() : null,
    });
    if (created) {
      if (queue) await this.queue.scheduleAttempt(workspaceId, created, 1, 0);
      return created;
    }
    const message = await this.messages.findOne(workspaceId, { destinationId, eventId: offer.eventId });
    if (!message) throw new Error(`message for event ${offer.eventId} vanished`);
    // Queued again when an earlier run stored the message but died before queuing it: the job id dedupes.
    if (queue && message.status === 'pending' && message.attempts === 0) {
      await this.messages.updateById(workspaceId, message._id.toString(), { $set: { nextAttemptAt: new Date() } });
      await this.queue.scheduleAttempt(workspaceId, message, 1, 0);
    }
    return message;
  }
}
