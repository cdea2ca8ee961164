import { Logger } from '@nestjs/common';
import { Processor, Worker, WorkerOptions } from 'bullmq';
import { HubConfig, redisOptionsFromUrl } from '@hub/common';

/**
 * A BullMQ worker on the hub's Redis and key prefix. Workers get a connection
 * of their own that waits out a Redis outage (maxRetriesPerRequest: null),
 * unlike the producers', which fail fast so ingest can leave events pending.
 */
export function createHubWorker<T>(
  config: HubConfig,
  queue: string,
  processor: Processor<T>,
  options: Partial<WorkerOptions> = {},
): Worker<T> {
  const worker = new Worker<T>(queue, processor, {
    prefix: config.queuePrefix,
    concurrency: config.workerConcurrency,
    connection: { ...redisOptionsFromUrl(config.redisUrl), maxRetriesPerRequest: null },
    removeOnComplete: { count: 1000 },
    removeOnFail: { count: 5000 },
    ...options,
  });
  const logger = new Logger(`${queue} worker`);
  worker.on('error', (error) => logger.warn(error.message));
  return worker;
}
