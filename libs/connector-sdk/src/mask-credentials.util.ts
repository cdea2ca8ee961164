import type { AnyConnectorDefinition } from './connector-definition.type';

export const MASK = '••••';

/** Below this length even the last two characters would give away too much. */
const SHOW_TAIL_FROM_LENGTH = 8;

/** A copy of the credentials fit for an API response: secret fields masked. */
export function maskCredentials(definition: AnyConnectorDefinition, credentials: Record<string, unknown>): Record<string, unknown> {
  const masked: Record<string, unknown> = { ...credentials };
  for (const field of definition.credentials.secretFields) {
    if (!(field in masked)) continue;
    const value = masked[field];
    masked[field] = typeof value === 'string' && value.length >= SHOW_TAIL_FROM_LENGTH ? `${MASK}${value.slice(-2)}` : MASK;
  }
  return masked;
}
