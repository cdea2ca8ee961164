import ipaddr from 'ipaddr.js';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { HubError } from './hub.error';

export type UrlProblem = 'invalid_url' | 'unsupported_scheme' | 'credentials_in_url' | 'private_address';

export const URL_PROBLEM_MESSAGES: Record<UrlProblem, string> = {
  invalid_url: 'Not a valid absolute URL',
  unsupported_scheme: 'Only http and https URLs are allowed',
  credentials_in_url: 'URLs may not carry a user name or password',
  private_address: 'The URL points to a private, loopback or link-local address',
};

/**
 * Syntax and literal-address checks of an outbound URL (webhook endpoints,
 * CRM base URLs). A host name is checked again after DNS resolution, where
 * the request is made (see isPublicAddress).
 */
export function urlProblem(raw: string, allowPrivate: boolean): UrlProblem | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'invalid_url';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'unsupported_scheme';
  if (url.username || url.password) return 'credentials_in_url';
  if (allowPrivate) return undefined;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return 'private_address';
  if (isIP(host) && !isPublicAddress(host)) return 'private_address';
  return undefined;
}

/**
 * Only globally routable unicast addresses are public: loopback, private,
 * link-local (cloud metadata), unique-local, carrier-grade NAT, reserved,
 * multicast and IPv4-mapped/NAT64 forms of those are not.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

/**
 * The save-time check of an outbound URL: syntax, scheme, and every address
 * its host resolves to now (requests check again, see safeLookup). A host
 * that does not resolve yet is accepted: DNS may simply not be set up yet.
 */
export async function checkOutboundUrl(raw: string, allowPrivate: boolean): Promise<UrlProblem | undefined> {
  const problem = urlProblem(raw, allowPrivate);
  if (problem || allowPrivate) return problem;
  const host = new URL(raw).hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return undefined;
  const addresses = await lookup(host, { all: true }).catch(() => []);
  return addresses.some((entry) => !isPublicAddress(entry.address)) ? 'private_address' : undefined;
}

/** checkOutboundUrl, as the API's 400 naming the field. */
export async function assertOutboundUrl(raw: string, allowPrivate: boolean, field: string): Promise<void> {
  const problem = await checkOutboundUrl(raw, allowPrivate);
  if (problem) throw HubError.validation('The URL is not allowed', [{ field, code: problem, message: URL_PROBLEM_MESSAGES[problem] }]);
}
