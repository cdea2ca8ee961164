import { ConnectorError, toConnectorError } from '@hub/connector-sdk';

/**
 * SmartAdvocate's permission model (documented): an administrator can bar the integration
 * user from operations ("for example, Insert Note") or from cases. The status code of such a
 * refusal is not published: 403 is inferred. The credentials are right and other operations
 * still work, so it is `permission_denied` for this operation, not `auth` for the connection.
 */
export function refineSmartAdvocateError(error: unknown, operation: string, description: string): ConnectorError {
  const connectorError = toConnectorError(error);
  if (connectorError.status !== 403) return connectorError;
  return permissionDenied(operation, description, connectorError.message);
}

export function permissionDenied(operation: string, description: string, detail: string): ConnectorError {
  return new ConnectorError(
    'permission_denied',
    `SmartAdvocate refused to ${description} (${operation}): the integration user lacks the permission. ${detail}`,
    { status: 403, operation },
  );
}

/** An inferred route the site does not have answers 404: the operation is not supported there. */
export function notSupported(error: unknown, operation: string): ConnectorError {
  const connectorError = toConnectorError(error);
  if (connectorError.kind !== 'not_found') return connectorError;
  return new ConnectorError('not_supported', `SmartAdvocate has no ${operation} route here: ${connectorError.message}`, { status: 404, operation });
}

/** Authenticate answers 400 to a wrong username or password, not 401. */
export function refineAuthenticateError(error: unknown): ConnectorError {
  const connectorError = toConnectorError(error);
  if (connectorError.status !== 400 && connectorError.status !== 401) return connectorError;
  return new ConnectorError('auth', `SmartAdvocate refused the username or password. ${connectorError.message}`, {
    status: connectorError.status,
  });
}
