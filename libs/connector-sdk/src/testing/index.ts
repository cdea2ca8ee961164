export * from './describe-connector-contract.util';
export * from './contract-operations.util';
export * from './expect-no-secret-leak.util';
export * from './fake-crm.server';
export { CONTRACT_TIMEOUT_MS } from './describe-failure-mapping.util';
