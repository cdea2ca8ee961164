import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Types } from 'mongoose';
import { DELIVERIES_QUEUE, DeliveryJob } from './delivery-job.type';

type MessageRef = { _id: Types.ObjectId; destinationId: Types.ObjectId };

@Injectable()
export class DeliveryQueueProducer {
  constructor(@InjectQueue(DELIVERIES_QUEUE) private readonly queue: Queue<DeliveryJob>) {}

  /**
   * The job id names the message and its attempt number, so a retry scheduled
   * twice (a job run again after a crash) is queued once.
   */
  async scheduleAttempt(workspaceId: string, message: MessageRef, attemptNumber: number, delayMs: number): Promise<void> {
    const messageId = message._id.toString();
    await this.add(
      { workspaceId, messageId, destinationId: message.destinationId.toString(), trigger: 'scheduled' },
      `${messageId}-${attemptNumber}`,
      delayMs,
    );
  }

  async queueManual(workspaceId: string, message: MessageRef): Promise<void> {
    const messageId = message._id.toString();
    await this.add(
      { workspaceId, messageId, destinationId: message.destinationId.toString(), trigger: 'manual' },
      `${messageId}-m${Date.now()}`,
      0,
    );
  }

  private async add(data: DeliveryJob, jobId: string, delay: number): Promise<void> {
    await this.queue.add(data.trigger, data, { jobId, delay, removeOnComplete: { count: 1000 }, removeOnFail: { count: 5000 } });
  }
}
