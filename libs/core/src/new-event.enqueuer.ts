import { Injectable, Logger } from '@nestjs/common';
import { Types } from 'mongoose';
import { EventRepository } from '@hub/persistence';
import { EventQueueProducer } from '@hub/queue';

/**
 * Queues events just stored. If the queue cannot take them they are flagged
 * for the sweeper; should even that write fail, the sweeper still finds them
 * once they are older than the requeue grace period.
 */
@Injectable()
export class NewEventEnqueuer {
  private readonly logger = new Logger(NewEventEnqueuer.name);

  constructor(
    private readonly events: EventRepository,
    private readonly queue: EventQueueProducer,
  ) {}

  async enqueue(workspaceId: string, stored: Array<{ id: Types.ObjectId; type: string }>): Promise<void> {
    try {
      await this.queue.addMany(stored.map((e) => ({ workspaceId, storedId: e.id.toString(), eventType: e.type, generation: 0 })));
    } catch (error) {
      this.logger.warn(`queue unavailable, ${stored.length} event(s) left pending: ${(error as Error).message}`);
      await this.events
        .markNotEnqueued(
          workspaceId,
          stored.map((e) => e.id),
        )
        .catch(() => undefined);
    }
  }
}
