export * from './workflow.type';
