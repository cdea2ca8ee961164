import { WithId } from '@hub/persistence';
import { webhookId } from './webhook-id.util';
import { WebhookAttempt } from './webhook-attempt.schema';
import { WebhookEndpoint } from './webhook-endpoint.schema';
import { WebhookMessage } from './webhook-message.schema';

export interface EndpointView {
  id: string;
  url: string;
  description: string;
  eventTypes: string[];
  campaignIds: string[];
  enabled: boolean;
  disabledReason: string | null;
  rateLimitPerSecond: number | null;
  failingSince: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export function toEndpointView(endpoint: WithId<WebhookEndpoint>): EndpointView {
  return {
    id: endpoint._id.toString(),
    url: endpoint.url,
    description: endpoint.description,
    eventTypes: endpoint.eventTypes,
    campaignIds: endpoint.campaignIds,
    enabled: endpoint.enabled,
    disabledReason: endpoint.disabledReason,
    rateLimitPerSecond: endpoint.rateLimitPerSecond,
    failingSince: endpoint.failingSince,
    createdAt: endpoint.createdAt,
    updatedAt: endpoint.updatedAt,
  };
}

export function toAttemptView(attempt: WithId<WebhookAttempt>) {
  return {
    id: attempt._id.toString(),
    messageId: attempt.messageId.toString(),
    trigger: attempt.trigger,
    url: attempt.url,
    success: attempt.success,
    statusCode: attempt.statusCode,
    durationMs: attempt.durationMs,
    responseExcerpt: attempt.responseExcerpt,
    error: attempt.error,
    nextRetryAt: attempt.nextRetryAt,
    attemptedAt: attempt.createdAt,
  };
}

export type AttemptView = ReturnType<typeof toAttemptView>;

export function toMessageView(message: WithId<WebhookMessage>, attempts: WithId<WebhookAttempt>[] = []) {
  const id = message._id.toString();
  return {
    id,
    webhookId: webhookId(id),
    eventId: message.eventId,
    eventType: message.eventType,
    campaignId: message.campaignId,
    status: message.status,
    attemptCount: message.attempts,
    nextAttemptAt: message.nextAttemptAt,
    lastError: message.lastError,
    payloadPurged: message.body === null,
    createdAt: message.createdAt,
    attempts: attempts.map(toAttemptView),
  };
}
