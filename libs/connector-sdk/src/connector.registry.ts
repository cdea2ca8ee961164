import type { AnyConnectorDefinition } from './connector-definition.type';
import { ConnectorRegistryError } from './connector-registry.error';

/** The connectors the hub can use, by key. */
export class ConnectorRegistry {
  private readonly byKey = new Map<string, AnyConnectorDefinition>();

  constructor(definitions: readonly AnyConnectorDefinition[] = []) {
    definitions.forEach((definition) => this.register(definition));
  }

  register(definition: AnyConnectorDefinition): this {
    if (this.byKey.has(definition.key)) {
      throw new ConnectorRegistryError('connector_registry.duplicate', definition.key);
    }
    this.byKey.set(definition.key, definition);
    return this;
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  get(key: string): AnyConnectorDefinition {
    const definition = this.byKey.get(key);
    if (!definition) throw new ConnectorRegistryError('connector_registry.unknown', key);
    return definition;
  }

  list(): AnyConnectorDefinition[] {
    return [...this.byKey.values()];
  }
}
