import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { Job, Worker } from 'bullmq';
import { HUB_CONFIG, HubConfig, hubMetrics } from '@hub/common';
import { createHubWorker, ProcessEventJob, QUEUE } from '@hub/queue';
import { EventProcessingService } from './event-processing.service';

/**
 * The BullMQ worker of the events queue. Failed jobs are not retried by
 * BullMQ: the event goes back to pending and the sweeper queues it again, so
 * MongoDB stays the one source of truth.
 */
@Injectable()
export class EventsWorker implements OnModuleInit, OnApplicationShutdown {
  private worker?: Worker<ProcessEventJob>;

  constructor(
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    private readonly processing: EventProcessingService,
  ) {}

  onModuleInit(): void {
    const process = async (job: Job<ProcessEventJob>) => {
      const end = hubMetrics.jobDuration.startTimer({ queue: QUEUE.events });
      try {
        const outcome = await this.processing.process(job.data);
        end({ result: outcome });
        return outcome;
      } catch (error) {
        end({ result: 'error' });
        throw error;
      }
    };
    // A failed job is removed at once: the event stays pending in MongoDB and the sweeper
    // queues it again under the same job id, which a retained failed job would block.
    this.worker = createHubWorker<ProcessEventJob>(this.config, QUEUE.events, process, { removeOnFail: { count: 0 } });
  }

  /** Graceful shutdown: stop taking jobs, let the ones in flight finish. */
  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
