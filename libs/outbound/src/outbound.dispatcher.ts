import { Injectable } from '@nestjs/common';
import { matchesFilters } from './endpoint-matches.util';
import { MessageFanout } from './message-fanout.service';
import type { OutboundEvent } from './outbound-event.type';
import { webhookBody } from './webhook-body.util';
import { WebhookEndpointRepository } from './webhook-endpoint.repository';
import { zapierPayload } from './zapier/zapier-payload.util';
import { ZapierSubscriptionRepository } from './zapier/zapier-subscription.repository';

/**
 * Fans one processed event out to every enabled webhook endpoint and Zapier
 * hook of the workspace that takes it. Idempotent: a message per
 * (destination, event id) is unique, so processing an event again sends
 * nothing twice.
 */
@Injectable()
export class OutboundDispatcher {
  constructor(
    private readonly endpoints: WebhookEndpointRepository,
    private readonly subscriptions: ZapierSubscriptionRepository,
    private readonly fanout: MessageFanout,
  ) {}

  async dispatch(workspaceId: string, event: OutboundEvent): Promise<void> {
    const [endpoints, hooks] = await Promise.all([
      this.endpoints.cachedEnabled(workspaceId),
      this.subscriptions.cachedForEvent(workspaceId, event.type),
    ]);
    const common = { eventId: event.id, eventType: event.type, campaignId: event.campaignId || null };
    const endpointBody = webhookBody(event);
    const zapierBody = JSON.stringify(zapierPayload(event, event.payload));
    const offers = [
      ...endpoints
        .filter((endpoint) => matchesFilters(endpoint, event))
        .map((endpoint) => ({ ...common, kind: 'endpoint' as const, destinationId: endpoint._id.toString(), body: endpointBody })),
      ...hooks
        .filter((hook) => !hook.campaignId || hook.campaignId === event.campaignId)
        .map((hook) => ({ ...common, kind: 'zapier' as const, destinationId: hook._id.toString(), body: zapierBody })),
    ];
    await Promise.all(offers.map((offer) => this.fanout.offer(workspaceId, offer)));
  }
}
