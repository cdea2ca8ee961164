import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DELIVERIES_QUEUE, DeliveryJob } from './delivery-job.type';

@Injectable()
export class DeliveryQueueProducer {
  constructor(@InjectQueue(DELIVERIES_QUEUE) private readonly queue: Queue<DeliveryJob>) {}

  /**
   * The job id names the message and its attempt number, so a retry scheduled
   * twice (a job run again after a crash) is queued once.
   */
  async scheduleAttempt(workspaceId: string, messageId: string, attemptNumber: number, delayMs: number): Promise<void> {
    await this.add({ workspaceId, messageId, trigger: 'scheduled' }, `${messageId}-${attemptNumber}`, delayMs);
  }

  async queueManual(workspaceId: string, messageId: string): Promise<void> {
    await this.add({ workspaceId, messageId, trigger: 'manual' }, `${messageId}-m${Date.now()}`, 0);
  }

  private async add(data: DeliveryJob, jobId: string, delay: number): Promise<void> {
    await this.queue.add(data.trigger, data, { jobId, delay, removeOnComplete: { count: 1000 }, removeOnFail: { count: 5000 } });
  }
}
