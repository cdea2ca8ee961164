import { Inject, Injectable, Logger } from '@nestjs/common';
import { HUB_CONFIG, HubConfig } from '@hub/common';
import { NewEventEnqueuer } from '@hub/core';
import type { AnyHubEvent } from '@hub/events';
import { EventRepository, NewEvent } from '@hub/persistence';
import { OutboundDispatcher } from './outbound.dispatcher';
import { toOutboundEvent } from './outbound-event.util';

/**
 * Records an event the hub emits itself (workflow.fired, contact.*,
 * crm.case_status_changed) and sends it out. Its id is derived from what
 * caused it, so publishing the same fact twice stores and sends it once.
 *
 * In a process that runs the worker the event is stored already claimed and
 * dispatched at once: no queue round trip, no claim. If the dispatch fails,
 * the event goes back to pending and the sweeper queues it, as it does for
 * any event the queue could not take. An API process alone queues it for a
 * worker instead.
 */
@Injectable()
export class HubEventPublisher {
  private readonly logger = new Logger(HubEventPublisher.name);

  constructor(
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    private readonly events: EventRepository,
    private readonly outbound: OutboundDispatcher,
    private readonly enqueuer: NewEventEnqueuer,
  ) {}

  async publish(workspaceId: string, event: AnyHubEvent): Promise<void> {
    const now = new Date();
    const stored: NewEvent = {
      eventId: event.id,
      type: event.type,
      campaignId: event.campaignId ?? '',
      contactId: event.contact?.id ?? '',
      occurredAt: new Date(event.occurredAt),
      raw: JSON.stringify(event),
      normalized: event,
    };
    const inline = this.config.role !== 'api';
    const claimedUntil = inline ? new Date(now.getTime() + this.config.eventLockMs) : undefined;
    const [outcome] = await this.events.insertNew(workspaceId, [stored], now, claimedUntil);
    if (outcome.status !== 'inserted') return;
    if (!inline) return this.enqueuer.enqueue(workspaceId, [{ id: outcome.id, type: event.type }]);
    const id = outcome.id.toString();
    try {
      await this.outbound.dispatch(workspaceId, toOutboundEvent(stored));
      await this.events.markProcessed(id);
    } catch (error) {
      const message = (error as Error).message;
      this.logger.warn(`${event.type} ${event.id} left for the sweeper: ${message}`);
      await this.events.release(id, message, false).catch(() => undefined);
    }
  }
}
