export * from './zapier.module';
export * from './zapier.service';
export * from './zapier-subscription.repository';
export * from './zapier-subscription.schema';
export * from './zapier-subscription-input.type';
export * from './zapier-destination.source';
export * from './zapier-payload.util';
