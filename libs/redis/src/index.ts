export * from './redis-client-name.type';
export * from './redis.module';
