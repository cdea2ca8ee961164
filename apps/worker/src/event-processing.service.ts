import { Inject, Injectable, Logger } from '@nestjs/common';
import { HUB_CONFIG, HubConfig } from '@hub/common';
import { isInboundEvent } from '@hub/events';
import { OutboundDispatcher, toOutboundEvent } from '@hub/outbound';
import { EventRepository, StoredEvent, WithId } from '@hub/persistence';
import type { ProcessEventJob } from '@hub/queue';
import { WorkflowEngineService } from '@hub/workflows';

const MAX_EVENT_ATTEMPTS = 10;

export type ProcessOutcome = 'processed' | 'skipped';

@Injectable()
export class EventProcessingService {
  private readonly logger = new Logger(EventProcessingService.name);

  constructor(
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    private readonly events: EventRepository,
    private readonly engine: WorkflowEngineService,
    private readonly outbound: OutboundDispatcher,
  ) {}

  /**
   * Claims the event, fires the campaign's matching workflows (inbound events),
   * offers it to the outbound side (every event), marks it processed. A job
   * for an event already processed (or held by a live worker) is skipped; each
   * side effect is idempotent per event, so a retry after a crash does not
   * repeat what was done.
   */
  async process(job: ProcessEventJob): Promise<ProcessOutcome> {
    const event = await this.events.claim(job.workspaceId, job.storedId, this.config.eventLockMs);
    if (!event) return 'skipped';
    try {
      await this.sideEffects(job.workspaceId, event);
      await this.events.markProcessed(job.storedId);
      return 'processed';
    } catch (error) {
      const message = (error as Error).message;
      this.logger.error(`event ${event.eventId} failed: ${message}`);
      await this.events.release(job.storedId, message, event.attempts >= MAX_EVENT_ATTEMPTS);
      throw error;
    }
  }

  private async sideEffects(workspaceId: string, stored: WithId<StoredEvent>): Promise<void> {
    const event = stored.normalized;
    if (isInboundEvent(event)) await this.engine.fire(workspaceId, stored._id.toString(), event);
    await this.outbound.dispatch(workspaceId, toOutboundEvent(stored));
  }
}
