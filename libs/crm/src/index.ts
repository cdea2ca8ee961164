export * from './connector-registry.token';
export * from './crm-connector.service';
export * from './crm.module';
export * from './merge-statuses.util';
export * from './workspace-token.store';
export * from './redis-token.store';
export * from './learn-status.util';
