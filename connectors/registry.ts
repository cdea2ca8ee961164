import type { AnyConnectorDefinition } from '@hub/connector-sdk';
import { lawruler } from '@hub/connectors/lawruler';
import { smartadvocate } from '@hub/connectors/smartadvocate';

/**
 * Every connector the hub offers, one line each: the only place that lists them.
 * `npm run connector:new -- <key>` adds its own line here (hence prettier-ignore:
 * it would join the lines).
 */
// prettier-ignore
export const CONNECTORS: readonly AnyConnectorDefinition[] = [
  lawruler,
  smartadvocate,
];
