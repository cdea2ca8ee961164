import ipaddr from 'ipaddr.js';
import { isIP } from 'node:net';

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
