import { Inject, Injectable } from '@nestjs/common';
import { HUB_CONFIG, HubConfig } from '@hub/common';
import { WithId } from '@hub/persistence';
import { decideOutcome } from './attempt-outcome.util';
import type { ResolvedDestination } from './delivery-destination.type';
import { DeliveryQueueProducer } from './delivery-queue.producer';
import { DestinationRegistry } from './destination.registry';
import { signatureHeader } from './sign-payload.util';
import { AttemptTrigger, WebhookAttempt } from './webhook-attempt.schema';
import { WebhookAttemptRepository } from './webhook-attempt.repository';
import { WebhookHttpClient } from './webhook-http.client';
import { webhookId } from './webhook-id.util';
import { WebhookMessage } from './webhook-message.schema';
import { WebhookMessageRepository } from './webhook-message.repository';

const USER_AGENT = 'Kayse-Hub-Webhooks/1';

export interface PreparedDelivery {
  workspaceId: string;
  message: WithId<WebhookMessage>;
  destination: ResolvedDestination;
}

/** Runs one attempt of one message and decides what follows: done, retry later, or drop the destination. */
@Injectable()
export class DeliveryService {
  constructor(
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    private readonly messages: WebhookMessageRepository,
    private readonly attempts: WebhookAttemptRepository,
    private readonly destinations: DestinationRegistry,
    private readonly http: WebhookHttpClient,
    private readonly queue: DeliveryQueueProducer,
  ) {}

  /**
   * The message and its destination when an attempt is due; undefined when
   * there is nothing to send (already settled, or the destination is gone or
   * disabled, in which case the message is failed so `recover` can resend it).
   */
  async prepare(workspaceId: string, messageId: string, trigger: AttemptTrigger): Promise<PreparedDelivery | undefined> {
    const message = await this.messages.findById(workspaceId, messageId);
    if (!message || (trigger === 'scheduled' && message.status !== 'pending')) return undefined;
    const destination = await this.destinations.get(message.destinationKind).load(workspaceId, message.destinationId.toString());
    const refusal = !destination
      ? 'The destination was deleted'
      : !destination.enabled
        ? 'The endpoint is disabled'
        : message.body === null
          ? 'The payload was purged'
          : undefined;
    if (refusal || !destination) {
      await this.messages.updateById(workspaceId, messageId, { $set: { status: 'failed', nextAttemptAt: null, lastError: refusal } });
      return undefined;
    }
    return { workspaceId, message, destination };
  }

  async deliver({ workspaceId, message, destination }: PreparedDelivery, trigger: AttemptTrigger): Promise<WithId<WebhookAttempt>> {
    const messageId = message._id.toString();
    const body = message.body as string;
    const now = new Date();
    const timestamp = Math.floor(now.getTime() / 1000);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': USER_AGENT,
      'webhook-id': webhookId(messageId),
      'webhook-timestamp': String(timestamp),
    };
    if (destination.secrets.length > 0)
      headers['webhook-signature'] = signatureHeader(destination.secrets, webhookId(messageId), timestamp, body);

    const exchange = await this.http.post(destination.url, headers, body);
    const attemptsMade = message.attempts + 1;
    const outcome = decideOutcome({
      statusCode: exchange.statusCode,
      retryAfter: exchange.headers['retry-after'],
      attemptsMade,
      trigger,
      scheduleSec: this.config.webhookRetryScheduleSec,
    });
    const nextRetryAt = outcome.result === 'retry' ? new Date(Date.now() + outcome.delayMs) : null;
    const error = exchange.error ?? (outcome.result === 'succeeded' ? null : `HTTP ${exchange.statusCode}`);

    const attempt = await this.attempts.create(workspaceId, {
      messageId: message._id,
      destinationId: message.destinationId,
      trigger,
      url: destination.url,
      statusCode: exchange.statusCode ?? null,
      durationMs: exchange.durationMs,
      responseExcerpt: exchange.excerpt,
      error,
      success: outcome.result === 'succeeded',
      nextRetryAt,
    });
    // A failed manual attempt leaves a scheduled retry of the message in place.
    const keepsPending =
      outcome.result === 'failed' && trigger === 'manual' && message.status === 'pending' && message.nextAttemptAt !== null;
    const status = outcome.result === 'succeeded' ? 'succeeded' : outcome.result === 'retry' || keepsPending ? 'pending' : 'failed';
    await this.messages.recordOutcome(message._id, {
      $set: { status, lastError: error, ...(keepsPending ? {} : { nextAttemptAt: nextRetryAt }) },
      $inc: { attempts: 1 },
    });

    const source = this.destinations.get(message.destinationKind);
    if (outcome.result === 'succeeded') {
      if (destination.failing) await source.onRecovered(workspaceId, destination.id);
    } else if (outcome.result === 'gone') await source.onGone(workspaceId, destination.id);
    else await source.onFailed(workspaceId, destination.id, now);
    if (outcome.result === 'retry') await this.queue.scheduleAttempt(workspaceId, message, attemptsMade + 1, outcome.delayMs);
    return attempt;
  }

  /** One attempt right now, for the caller to see (test pings). */
  async attemptNow(workspaceId: string, messageId: string, trigger: AttemptTrigger): Promise<WithId<WebhookAttempt> | undefined> {
    const prepared = await this.prepare(workspaceId, messageId, trigger);
    return prepared ? this.deliver(prepared, trigger) : undefined;
  }
}
