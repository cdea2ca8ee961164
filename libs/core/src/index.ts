export * from './core.module';
export * from './new-event.enqueuer';
