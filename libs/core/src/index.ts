export * from './hub-core.module';
