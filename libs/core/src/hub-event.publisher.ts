import { Injectable } from '@nestjs/common';
import type { HubEvent } from '@hub/events';
import { EventRepository } from '@hub/persistence';
import { NewEventEnqueuer } from './new-event.enqueuer';

/**
 * Records an event the hub emits itself (workflow.fired, contact.*, webhook.*)
 * and queues it for the outbound side. Its id is derived from what caused it,
 * so publishing the same fact twice stores and sends it once.
 */
@Injectable()
export class HubEventPublisher {
  constructor(
    private readonly events: EventRepository,
    private readonly enqueuer: NewEventEnqueuer,
  ) {}

  async publish(workspaceId: string, event: HubEvent): Promise<void> {
    const [outcome] = await this.events.insertNew(
      workspaceId,
      [
        {
          eventId: event.id,
          type: event.type,
          campaignId: event.campaignId ?? '',
          contactId: event.contact?.id ?? '',
          occurredAt: new Date(event.occurredAt),
          raw: JSON.stringify(event),
          normalized: event as unknown as Record<string, unknown>,
        },
      ],
      new Date(),
    );
    if (outcome.status === 'inserted') await this.enqueuer.enqueue(workspaceId, [{ id: outcome.id, type: event.type }]);
  }
}
