import { ConnectorError } from '@hub/connector-sdk';

const CLIENT_ROOT = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/** A firm's LawRuler portal: the base URL the connector calls `api-legalcrmapp.aspx` under. */
export function lawRulerBaseUrl(clientRoot: string): string {
  return `https://${clientRoot.toLowerCase()}.lawruler.com/`;
}

/**
 * The portal URL to store: the one given (without the endpoint, with a trailing slash),
 * else the one the client root names, as Kayse's form does.
 */
export function resolveLawRulerBaseUrl(input: { baseUrl?: string; credentials: Record<string, unknown> }): string {
  if (input.baseUrl) return `${input.baseUrl.replace(/\/?api-legalcrmapp\.aspx$/i, '').replace(/\/+$/, '')}/`;
  const clientRoot = input.credentials.clientRoot;
  if (typeof clientRoot === 'string' && CLIENT_ROOT.test(clientRoot)) return lawRulerBaseUrl(clientRoot);
  const message = 'Give the portal URL, or a client root (yourfirm in https://yourfirm.lawruler.com)';
  throw new ConnectorError('validation', message, { details: [{ field: 'baseUrl', message }] });
}
