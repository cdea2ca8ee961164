export * from './fake-lawruler.server';
export * from './fake-lawruler.webhook';
