export * from './queue-names';
export * from './job-payload.type';
export * from './event-queue.producer';
export * from './queue.module';
export * from './action-queue.producer';
export * from './create-hub-worker.util';
