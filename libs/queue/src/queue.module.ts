import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { HUB_CONFIG, HubConfig, redisOptionsFromUrl } from '@hub/common';
import { ActionQueueProducer } from './action-queue.producer';
import { EventQueueProducer } from './event-queue.producer';
import { QUEUE } from './queue-names';

/** The queues' Redis connection (producers fail fast) and the producers of the events and actions queues. */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [HUB_CONFIG],
      useFactory: (config: HubConfig) => ({
        prefix: config.queuePrefix,
        connection: {
          ...redisOptionsFromUrl(config.redisUrl),
          // Producers fail fast while Redis is down (the event stays pending in
          // MongoDB); workers override this, they must wait for Redis.
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          retryStrategy: (times: number) => Math.min(times * 200, 2000),
        },
      }),
    }),
    BullModule.registerQueue({ name: QUEUE.events }, { name: QUEUE.actions }, { name: QUEUE.maintenance }),
  ],
  providers: [EventQueueProducer, ActionQueueProducer],
  exports: [EventQueueProducer, ActionQueueProducer, BullModule],
})
export class QueueModule {}
