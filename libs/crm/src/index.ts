export * from './crm.error';
export * from './crm-connector.service';
export * from './crm.module';
export * from './merge-statuses.util';
export * from './learn-status.util';
