import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Worker } from 'bullmq';
import { HUB_CONFIG, HubConfig, hubMetrics, redisOptionsFromUrl } from '@hub/common';
import { ProcessEventJob, QUEUE } from '@hub/queue';
import { EventProcessingService } from './event-processing.service';

/**
 * The BullMQ worker of the events queue. Built by hand rather than with
 * @Processor so that its Redis connection waits out an outage (the producers'
 * connection fails fast instead) and its concurrency comes from config.
 */
@Injectable()
export class EventsWorker implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(EventsWorker.name);
  private worker?: Worker<ProcessEventJob>;

  constructor(
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    private readonly processing: EventProcessingService,
  ) {}

  onModuleInit(): void {
    this.worker = new Worker<ProcessEventJob>(
      QUEUE.events,
      async (job) => {
        const end = hubMetrics.jobDuration.startTimer({ queue: QUEUE.events });
        try {
          const outcome = await this.processing.process(job.data);
          end({ result: outcome });
          return outcome;
        } catch (error) {
          end({ result: 'error' });
          throw error;
        }
      },
      {
        prefix: this.config.queuePrefix,
        concurrency: this.config.workerConcurrency,
        connection: { ...redisOptionsFromUrl(this.config.redisUrl), maxRetriesPerRequest: null },
        // Failed jobs are not retried by BullMQ: the event goes back to pending
        // and the sweeper queues it again, so MongoDB stays the one source of truth.
        removeOnComplete: { count: 1000 },
        removeOnFail: { count: 5000 },
      },
    );
    this.worker.on('error', (error) => this.logger.warn(`events worker: ${error.message}`));
  }

  /** Graceful shutdown: stop taking jobs, let the ones in flight finish. */
  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
