/** The ConnectorRegistry the app was wired with (the core never imports a connector). */
export const CONNECTOR_REGISTRY = Symbol('CONNECTOR_REGISTRY');
