import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { isPrivateAddress, UrlProblem, urlProblem } from './url-safety.util';

/**
 * The save-time check of an endpoint URL: syntax, scheme, and every address
 * its host resolves to now (delivery checks again, see safeLookup). A host
 * that does not resolve yet is accepted: DNS may simply not be set up yet.
 */
export async function checkEndpointUrl(raw: string, allowPrivate: boolean): Promise<UrlProblem | undefined> {
  const problem = urlProblem(raw, allowPrivate);
  if (problem || allowPrivate) return problem;
  const host = new URL(raw).hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return undefined;
  const addresses = await lookup(host, { all: true }).catch(() => []);
  return addresses.some((entry) => isPrivateAddress(entry.address)) ? 'private_address' : undefined;
}
