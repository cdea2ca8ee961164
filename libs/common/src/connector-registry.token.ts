/** The ConnectorRegistry the process was started with (HubConfigModule): the core never imports a connector. */
export const CONNECTOR_REGISTRY = Symbol('CONNECTOR_REGISTRY');
