import { Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { HubEvent } from '@hub/events';
import { NewEventEnqueuer } from '@hub/core';
import { EventRepository } from '@hub/persistence';
import { WebhookEndpointRepository } from './webhook-endpoint.repository';

/** Disables an endpoint and records a webhook.endpoint_disabled event, which goes out like any other. */
@Injectable()
export class EndpointDisabler {
  private readonly logger = new Logger(EndpointDisabler.name);

  constructor(
    private readonly endpoints: WebhookEndpointRepository,
    private readonly events: EventRepository,
    private readonly enqueuer: NewEventEnqueuer,
  ) {}

  async disable(workspaceId: string, endpointId: string, reason: string, now = new Date()): Promise<void> {
    const endpoint = await this.endpoints.findById(workspaceId, endpointId);
    if (!endpoint || !(await this.endpoints.disable(workspaceId, endpointId, reason))) return;
    this.logger.warn(`webhook endpoint ${endpointId} disabled: ${reason}`);
    const event: HubEvent<'webhook.endpoint_disabled'> = {
      id: `evt_hub_${randomBytes(8).toString('hex')}`,
      type: 'webhook.endpoint_disabled',
      occurredAt: now.toISOString(),
      data: { endpoint: { id: endpointId, url: endpoint.url }, reason },
    };
    const [outcome] = await this.events.insertNew(
      workspaceId,
      [
        {
          eventId: event.id,
          type: event.type,
          campaignId: '',
          contactId: '',
          occurredAt: now,
          raw: JSON.stringify(event),
          normalized: event,
        },
      ],
      now,
    );
    if (outcome.status !== 'inserted') return;
    await this.enqueuer.enqueue(workspaceId, [{ id: outcome.id, type: event.type }]);
  }
}
