export type ConnectorRegistryErrorCode = 'connector_registry.unknown' | 'connector_registry.duplicate';

/** A lookup of a connector that is not registered, or a key registered twice. */
export class ConnectorRegistryError extends Error {
  constructor(
    readonly code: ConnectorRegistryErrorCode,
    readonly key: string,
  ) {
    super(
      code === 'connector_registry.unknown'
        ? `No connector is registered under "${key}"`
        : `A connector is already registered under "${key}"`,
    );
    this.name = 'ConnectorRegistryError';
  }
}
