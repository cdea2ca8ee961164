import type { AnyConnectorDefinition } from './connector-definition.type';

/** The values of a connection's secret fields: what redaction must remove. */
export function credentialSecrets(definition: AnyConnectorDefinition, credentials: object): string[] {
  const record = credentials as Record<string, unknown>;
  return definition.credentials.secretFields
    .map((field) => record[field])
    .filter((value): value is string => typeof value === 'string' && value.length > 0);
}
