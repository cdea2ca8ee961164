export * from './create-hub-app';
