import type { AnyConnectorDefinition, ConnectorContext, LookupName } from '../connector-definition.type';

export type ContractOperationKind = 'verify' | 'action' | 'lookup';

/** One thing the engine can call on a connector, run with the connector's testing samples. */
export interface ContractOperation {
  label: string;
  kind: ContractOperationKind;
  run(ctx: ConnectorContext): Promise<unknown>;
}

const LOOKUP_NAMES: readonly LookupName[] = ['caseStatuses', 'caseSubstatuses', 'noteTypes'];

export function contractOperations(definition: AnyConnectorDefinition): ContractOperation[] {
  const operations: ContractOperation[] = [{ label: 'verify', kind: 'verify', run: (ctx) => definition.verify(ctx) }];
  for (const action of Object.values(definition.actions)) {
    operations.push({
      label: `action ${action.name}`,
      kind: 'action',
      run: (ctx) => action.run(ctx, definition.testing.sampleInputs[action.name]),
    });
  }
  for (const name of LOOKUP_NAMES) {
    const lookup = definition.lookups?.[name];
    if (!lookup) continue;
    operations.push({ label: `lookup ${name}`, kind: 'lookup', run: (ctx) => lookup.call(definition.lookups, ctx) });
  }
  return operations;
}
