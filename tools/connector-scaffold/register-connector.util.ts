import type { ConnectorNames } from './connector-names.util';

const CONNECTOR_IMPORT = /^import \{ \w+ \} from '@hub\/connectors\/[\w-]+';$/;
const LIST_START = /^export const CONNECTORS\b.*= \[$/;

/**
 * The source of connectors/registry.ts with the connector added: its import after the
 * other connector imports and its line at the end of CONNECTORS.
 */
export function registerConnector(source: string, names: ConnectorNames): string {
  if (source.includes(`'@hub/connectors/${names.key}'`)) {
    throw new Error(`connectors/registry.ts already registers "${names.key}"`);
  }
  const lines = source.split('\n');
  const lastImport = lines.map((line) => CONNECTOR_IMPORT.test(line)).lastIndexOf(true);
  const listStart = lines.findIndex((line) => LIST_START.test(line));
  const listEnd = lines.findIndex((line, index) => index > listStart && line === '];');
  if (lastImport < 0 || listStart < 0 || listEnd < 0) {
    throw new Error('connectors/registry.ts no longer has the shape the generator edits: add the connector by hand');
  }
  lines.splice(listEnd, 0, `  ${names.camel},`);
  lines.splice(lastImport + 1, 0, `import { ${names.camel} } from '@hub/connectors/${names.key}';`);
  return lines.join('\n');
}
