import { Injectable, Logger } from '@nestjs/common';
import type { HubEvent } from '@hub/events';
import { EventRepository } from '@hub/persistence';
import { EventQueueProducer } from '@hub/queue';

/**
 * Records an event the hub emits itself (workflow.fired, contact.*, webhook.*)
 * and queues it for the outbound side. Its id is derived from what caused it,
 * so publishing the same fact twice stores and sends it once.
 */
@Injectable()
export class HubEventPublisher {
  private readonly logger = new Logger(HubEventPublisher.name);

  constructor(
    private readonly events: EventRepository,
    private readonly queue: EventQueueProducer,
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
    if (outcome.status !== 'inserted') return;
    const job = { workspaceId, storedId: outcome.id.toString(), eventType: event.type, generation: 0 };
    await this.queue.addMany([job]).catch(async (error: Error) => {
      this.logger.warn(`hub event ${event.id} left pending: ${error.message}`);
      await this.events.markNotEnqueued(workspaceId, [outcome.id]);
    });
  }
}
