import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { DelayedError, Job, Worker } from 'bullmq';
import { HUB_CONFIG, HubConfig, hubMetrics } from '@hub/common';
import { createHubWorker } from '@hub/queue';
import { DELIVERIES_QUEUE, DeliveryJob, DeliveryRateLimiter, DeliveryService } from '@hub/outbound';
import { busyRetryMs } from './busy-retry.util';

/**
 * The BullMQ worker of the deliveries queue: one job per attempt. A job whose
 * destination is over its rate or in-flight cap goes back to the delayed set
 * at once instead of holding a slot, so a slow or dead endpoint only ever
 * occupies its own few slots and the others keep flowing.
 */
@Injectable()
export class DeliveriesWorker implements OnModuleInit, OnApplicationShutdown {
  private worker?: Worker<DeliveryJob>;

  constructor(
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    private readonly delivery: DeliveryService,
    private readonly limiter: DeliveryRateLimiter,
  ) {}

  onModuleInit(): void {
    this.worker = createHubWorker<DeliveryJob>(this.config, DELIVERIES_QUEUE, (job, token) => this.run(job, token), {
      concurrency: this.config.webhookConcurrency,
    });
  }

  private async run(job: Job<DeliveryJob>, token?: string): Promise<string> {
    const { workspaceId, messageId, destinationId, trigger } = job.data;
    if (!(await this.limiter.acquireSlot(destinationId))) return await this.postpone(job, token, busyRetryMs(job.attemptsStarted));
    try {
      const prepared = await this.delivery.prepare(workspaceId, messageId, trigger);
      if (!prepared) return 'skipped';
      const waitMs = await this.limiter.admitRate(prepared.destination.rateKey, prepared.destination.rateLimitPerSecond);
      if (waitMs > 0) return await this.postpone(job, token, waitMs);
      const end = hubMetrics.jobDuration.startTimer({ queue: DELIVERIES_QUEUE });
      const attempt = await this.delivery.deliver(prepared, trigger).catch((error: unknown) => {
        end({ result: 'error' });
        throw error;
      });
      end({ result: attempt.success ? 'delivered' : 'failed' });
      return attempt.success ? 'delivered' : 'failed';
    } finally {
      await this.limiter.releaseSlot(destinationId);
    }
  }

  /** Back to the delayed set without counting as a failure, freeing the worker slot. */
  private async postpone(job: Job<DeliveryJob>, token: string | undefined, waitMs: number): Promise<never> {
    await job.moveToDelayed(Date.now() + waitMs, token);
    throw new DelayedError();
  }

  /** Graceful shutdown: stop taking jobs, let the attempts in flight finish. */
  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
