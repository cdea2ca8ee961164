export * from './fake-lawruler.server';
