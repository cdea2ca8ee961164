import { ConnectorError, toConnectorError } from '@hub/connector-sdk';

/**
 * SmartAdvocate's permission refusals: an administrator can bar the integration user from
 * an operation (inserting notes, changing statuses) or from some cases. Retrying cannot
 * help and the credentials are right, but the connection needs someone's attention: auth.
 */
export function refineSmartAdvocateError(error: unknown, operation: string): ConnectorError {
  const connectorError = toConnectorError(error);
  if (connectorError.status !== 403) return connectorError;
  return new ConnectorError(
    'auth',
    `SmartAdvocate refused to ${operation}: the integration user lacks the permission. ${connectorError.message}`,
    { status: 403 },
  );
}

/** Authenticate answers 400 to a wrong username or password, not 401. */
export function refineAuthenticateError(error: unknown): ConnectorError {
  const connectorError = toConnectorError(error);
  if (connectorError.status !== 400 && connectorError.status !== 401) return connectorError;
  return new ConnectorError('auth', `SmartAdvocate refused the username or password. ${connectorError.message}`, {
    status: connectorError.status,
  });
}
