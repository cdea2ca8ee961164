export * from './hub-core.module';
export * from './hub-event.publisher';
