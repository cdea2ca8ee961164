import { Inject, Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { HUB_CONFIG, HubConfig } from '@hub/common';
import type { HubEvent } from '@hub/events';
import { EventRepository, NewEvent } from '@hub/persistence';
import { OUTBOUND_DISPATCHER, OutboundDispatcher, toOutboundEvent } from '@hub/queue';
import { NewEventEnqueuer } from './new-event.enqueuer';

/**
 * Records an event the hub emits itself (workflow.fired, contact.*, webhook.*)
 * and sends it to the outbound side. Its id is derived from what caused it,
 * so publishing the same fact twice stores and sends it once.
 *
 * In a worker (where the outbound dispatcher lives) the event is stored
 * already claimed and dispatched at once: no queue round trip, no claim. If
 * the dispatch fails, the event goes back to pending and the sweeper queues
 * it, as it does for any event the queue could not take. Elsewhere (the API)
 * it is queued for a worker.
 */
@Injectable()
export class HubEventPublisher {
  private readonly logger = new Logger(HubEventPublisher.name);
  private dispatcher?: OutboundDispatcher | null;

  constructor(
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    private readonly events: EventRepository,
    private readonly enqueuer: NewEventEnqueuer,
    private readonly moduleRef: ModuleRef,
  ) {}

  async publish(workspaceId: string, event: HubEvent): Promise<void> {
    const outbound = this.outbound();
    const now = new Date();
    const stored: NewEvent = {
      eventId: event.id,
      type: event.type,
      campaignId: event.campaignId ?? '',
      contactId: event.contact?.id ?? '',
      occurredAt: new Date(event.occurredAt),
      raw: JSON.stringify(event),
      normalized: event as unknown as Record<string, unknown>,
    };
    const claimedUntil = outbound ? new Date(now.getTime() + this.config.eventLockMs) : undefined;
    const [outcome] = await this.events.insertNew(workspaceId, [stored], now, claimedUntil);
    if (outcome.status !== 'inserted') return;
    if (!outbound) return this.enqueuer.enqueue(workspaceId, [{ id: outcome.id, type: event.type }]);
    const id = outcome.id.toString();
    try {
      await outbound.dispatch(workspaceId, toOutboundEvent(stored));
      await this.events.markProcessed(id);
    } catch (error) {
      const message = (error as Error).message;
      this.logger.warn(`${event.type} ${event.id} left for the sweeper: ${message}`);
      await this.events.release(id, message, false).catch(() => undefined);
    }
  }

  /** Looked up, not injected: the dispatcher is only in worker processes, and it publishes hub events itself. */
  private outbound(): OutboundDispatcher | undefined {
    if (this.dispatcher === undefined) {
      try {
        this.dispatcher = this.moduleRef.get<OutboundDispatcher>(OUTBOUND_DISPATCHER, { strict: false });
      } catch {
        this.dispatcher = null;
      }
    }
    return this.dispatcher ?? undefined;
  }
}
