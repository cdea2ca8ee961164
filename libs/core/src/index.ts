export * from './hub-core.module';
export * from './hub-event.publisher';
export * from './new-event.enqueuer';
