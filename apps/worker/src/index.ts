export * from './worker.module';
export * from './worker-root.module';
export * from './event-retention.jobs';
