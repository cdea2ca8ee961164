import { ConnectorError } from '@hub/connector-sdk';

const API_PATH = 'CaseSyncAPI';

/**
 * Kayse's form asks for the host only ("Kayse adds /CaseSyncAPI automatically"); public
 * clients configure the full `…/CaseSyncAPI/` URL. Either gives `<origin>[/<prefix>]/CaseSyncAPI/`:
 * anything after CaseSyncAPI (e.g. `Users/authenticate`) is dropped.
 */
export function resolveSmartAdvocateBaseUrl(input: { baseUrl?: string }): string {
  const message = 'Give the SmartAdvocate host, e.g. https://app.smartadvocate.com (or its …/CaseSyncAPI/ URL)';
  let url: URL;
  try {
    url = new URL(input.baseUrl ?? '');
  } catch {
    throw new ConnectorError('validation', message, { details: [{ field: 'baseUrl', message }] });
  }
  // Another scheme is left as given, for the hub's URL check to name.
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return url.href;
  const segments = url.pathname.split('/').filter(Boolean);
  const api = segments.findIndex((segment) => segment.toLowerCase() === API_PATH.toLowerCase());
  const prefix = api === -1 ? segments : segments.slice(0, api);
  return `${url.origin}/${[...prefix, API_PATH].join('/')}/`;
}
