import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { ProcessEventJob } from './job-payload.type';
import { QUEUE } from './queue-names';

/** How long an add may wait for Redis before the event is left for the sweeper. */
const ADD_TIMEOUT_MS = 2000;

@Injectable()
export class EventQueueProducer {
  constructor(@InjectQueue(QUEUE.events) private readonly queue: Queue<ProcessEventJob>) {}

  /**
   * Queues events in one round trip. The job id is the stored event's id and
   * its claim count, so queuing the same event again while its job exists is a
   * no-op, but one whose last attempt failed gets a new job. Rejects when Redis
   * cannot take them; the events stay pending in MongoDB.
   */
  async addMany(jobs: ProcessEventJob[]): Promise<void> {
    if (jobs.length === 0) return;
    const add = this.queue.addBulk(
      jobs.map((data) => ({
        name: data.eventType,
        data,
        opts: { jobId: `${data.storedId}-${data.generation}`, removeOnComplete: { count: 1000 }, removeOnFail: true },
      })),
    );
    await withTimeout(add, ADD_TIMEOUT_MS);
  }

  async depth(): Promise<Record<string, number>> {
    return this.queue.getJobCounts('waiting', 'active', 'delayed', 'failed');
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`queue did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
