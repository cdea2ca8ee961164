import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { HUB_CONFIG, HubConfig } from '@hub/common';
import { RunStepJob } from './job-payload.type';
import { QUEUE } from './queue-names';

/** The name of the backoff strategy the actions worker defines (Retry-After aware). */
export const ACTION_BACKOFF = 'hub-action';

@Injectable()
export class ActionQueueProducer {
  constructor(
    @InjectQueue(QUEUE.actions) private readonly queue: Queue<RunStepJob>,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
  ) {}

  /** One job per step; the job id makes queuing a step twice a no-op. */
  async addSteps(jobs: RunStepJob[]): Promise<void> {
    if (jobs.length === 0) return;
    await this.queue.addBulk(
      jobs.map((data) => ({
        name: 'step',
        data,
        opts: {
          jobId: `${data.runId}-${data.stepIndex}`,
          attempts: this.config.actionAttempts,
          backoff: { type: ACTION_BACKOFF },
          removeOnComplete: { count: 1000 },
          removeOnFail: { count: 5000 },
        },
      })),
    );
  }
}
