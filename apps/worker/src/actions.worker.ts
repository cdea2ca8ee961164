import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { Job, Worker } from 'bullmq';
import { HUB_CONFIG, HubConfig, hubMetrics } from '@hub/common';
import { ACTION_BACKOFF, createHubWorker, QUEUE, RunStepJob } from '@hub/queue';
import { StepRunnerService } from '@hub/workflows';
import { backoffDelayMs } from './backoff-delay.util';

/** Carries the CRM's Retry-After from the step runner to the backoff strategy. */
class RetryStep extends Error {
  constructor(
    message: string,
    readonly retryInMs?: number,
  ) {
    super(message);
  }
}

/** Runs workflow steps; each step retries on its own with backoff (Retry-After when the CRM gives one). */
@Injectable()
export class ActionsWorker implements OnModuleInit, OnApplicationShutdown {
  private worker?: Worker<RunStepJob>;

  constructor(
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    private readonly steps: StepRunnerService,
  ) {}

  onModuleInit(): void {
    const run = async (job: Job<RunStepJob>) => {
      const end = hubMetrics.jobDuration.startTimer({ queue: QUEUE.actions });
      const attempt = await this.steps.run(job.data, job.attemptsMade + 1, job.opts.attempts ?? 1);
      end({ result: attempt.done ? 'done' : 'retry' });
      if (!attempt.done) throw new RetryStep(attempt.error.message, attempt.retryInMs);
    };
    this.worker = createHubWorker<RunStepJob>(this.config, QUEUE.actions, run, {
      settings: {
        backoffStrategy: (attemptsMade, type, error) =>
          type === ACTION_BACKOFF
            ? backoffDelayMs(attemptsMade, this.config.actionBackoffMs, error instanceof RetryStep ? error.retryInMs : undefined)
            : 0,
      },
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
