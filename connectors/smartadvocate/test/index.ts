export * from './fake-smartadvocate.server';
