import { Injectable } from '@nestjs/common';
import { Types } from 'mongoose';
import { HubError } from '@hub/common';
import { DeliveryQueueProducer } from './delivery-queue.producer';
import { MessageStatus } from './webhook-message.schema';
import { WebhookAttemptRepository } from './webhook-attempt.repository';
import { WebhookEndpointsService } from './webhook-endpoints.service';
import { WebhookMessageRepository } from './webhook-message.repository';
import { toMessageView } from './webhook-views.util';

/** What was sent to an endpoint, and sending it again. */
@Injectable()
export class WebhookDeliveriesService {
  constructor(
    private readonly endpoints: WebhookEndpointsService,
    private readonly messages: WebhookMessageRepository,
    private readonly attempts: WebhookAttemptRepository,
    private readonly queue: DeliveryQueueProducer,
  ) {}

  /** Newest messages first, each with its attempts in order. */
  async list(workspaceId: string, endpointId: string, options: { status?: MessageStatus; limit?: number } = {}) {
    await this.endpoints.require(workspaceId, endpointId);
    const filter: Record<string, unknown> = { destinationId: new Types.ObjectId(endpointId) };
    if (options.status) filter.status = options.status;
    const messages = await this.messages.find(workspaceId, filter, { sort: { createdAt: -1 }, limit: options.limit ?? 50 });
    const attempts = await this.attempts.findForMessages(
      workspaceId,
      messages.map((m) => m._id),
    );
    return messages.map((message) =>
      toMessageView(
        message,
        attempts.filter((a) => a.messageId.equals(message._id)),
      ),
    );
  }

  /** Queues a manual attempt of one message (any destination kind). */
  async resend(workspaceId: string, messageId: string) {
    const message = await this.messages.findById(workspaceId, messageId);
    if (!message) throw HubError.notFound('Webhook message');
    if (message.body === null) throw HubError.conflict('The payload of this message was purged (retention period)');
    await this.queue.queueManual(workspaceId, message);
    return { id: messageId, status: 'queued' as const };
  }

  /** Resends every message to the endpoint that failed since the given time. */
  async recover(workspaceId: string, endpointId: string, since: Date) {
    const endpoint = await this.endpoints.require(workspaceId, endpointId);
    if (!endpoint.enabled) throw HubError.conflict('The endpoint is disabled: enable it first');
    const failed = await this.messages.findFailedSince(workspaceId, endpointId, since);
    const resendable = failed.filter((message) => message.body !== null);
    for (const message of resendable) await this.queue.queueManual(workspaceId, message);
    return { queued: resendable.length };
  }
}
