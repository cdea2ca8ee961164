import type { ConnectorDefinition } from './connector-definition.type';

/** Declares a connector. Definitions are plain data; this only fixes their type. */
export function defineConnector<C extends object>(definition: ConnectorDefinition<C>): ConnectorDefinition<C> {
  return Object.freeze({ ...definition });
}
