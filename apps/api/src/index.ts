export * from './api.module';
export * from './api-root.module';
export * from './configure-http-app';
