import { Injectable, Logger } from '@nestjs/common';
import { EventRepository } from '@hub/persistence';
import { ProcessEventJob } from '@hub/queue';

/** How long a worker holds an event; past it, another worker may take it over. */
export const EVENT_LOCK_MS = 60_000;
const MAX_EVENT_ATTEMPTS = 10;

export type ProcessOutcome = 'processed' | 'skipped';

@Injectable()
export class EventProcessingService {
  private readonly logger = new Logger(EventProcessingService.name);

  constructor(private readonly events: EventRepository) {}

  /**
   * Claims the event, runs its side effects, marks it processed. A job for an
   * event already processed (or held by a live worker) is skipped, so a job
   * delivered twice never processes an event twice.
   */
  async process(job: ProcessEventJob): Promise<ProcessOutcome> {
    const event = await this.events.claim(job.workspaceId, job.storedId, EVENT_LOCK_MS);
    if (!event) return 'skipped';
    try {
      await this.events.markProcessed(job.workspaceId, job.storedId);
      return 'processed';
    } catch (error) {
      const message = (error as Error).message;
      this.logger.error(`event ${event.eventId} failed: ${message}`);
      await this.events.release(job.workspaceId, job.storedId, message, event.attempts >= MAX_EVENT_ATTEMPTS);
      throw error;
    }
  }
}
