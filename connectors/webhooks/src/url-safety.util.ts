import { isIP } from 'node:net';

export type UrlProblem = 'invalid_url' | 'unsupported_scheme' | 'credentials_in_url' | 'private_address';

export const URL_PROBLEM_MESSAGES: Record<UrlProblem, string> = {
  invalid_url: 'Not a valid absolute URL',
  unsupported_scheme: 'Only http and https URLs are allowed',
  credentials_in_url: 'URLs may not carry a user name or password',
  private_address: 'The URL points to a private, loopback or link-local address',
};

const PRIVATE_IPV4: Array<[number, number]> = [
  [0x00000000, 8], // "this" network
  [0x0a000000, 8], // 10/8
  [0x64400000, 10], // 100.64/10 carrier-grade NAT
  [0x7f000000, 8], // loopback
  [0xa9fe0000, 16], // link-local, cloud metadata
  [0xac100000, 12], // 172.16/12
  [0xc0000000, 24], // IETF protocol assignments
  [0xc0a80000, 16], // 192.168/16
  [0xc6120000, 15], // benchmarking
  [0xe0000000, 3], // multicast and reserved, broadcast
];

/** Syntax and literal-address checks of an endpoint URL (a host name is checked after DNS, see safeLookup). */
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
  if (isIP(host) && isPrivateAddress(host)) return 'private_address';
  return undefined;
}

/** True for addresses a webhook must never reach: loopback, private, link-local, unique-local, mapped ones. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return isPrivateIpv4(ipv4ToNumber(address));
  if (family === 6) return isPrivateIpv6(expandIpv6(address));
  return true;
}

function ipv4ToNumber(address: string): number {
  return address.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

function isPrivateIpv4(value: number): boolean {
  return PRIVATE_IPV4.some(([base, bits]) => Math.floor(value / 2 ** (32 - bits)) === Math.floor(base / 2 ** (32 - bits)));
}

/** Eight 16-bit groups; an embedded dotted IPv4 tail becomes the last two. */
function expandIpv6(address: string): number[] {
  let text = address.toLowerCase().split('%')[0];
  const dotted = text.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) {
    const v4 = ipv4ToNumber(dotted[1]);
    text = text.slice(0, -dotted[1].length) + `${Math.floor(v4 / 65536).toString(16)}:${(v4 % 65536).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const parse = (part: string | undefined) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  const left = parse(head);
  const right = parse(tail);
  const zeros = tail === undefined ? [] : new Array(8 - left.length - right.length).fill(0);
  return [...left, ...zeros, ...right];
}

function isPrivateIpv6(groups: number[]): boolean {
  const [first] = groups;
  const allZeroUntil = (n: number) => groups.slice(0, n).every((group) => group === 0);
  if (allZeroUntil(7) && (groups[7] === 0 || groups[7] === 1)) return true; // :: and ::1
  if (allZeroUntil(5) && groups[5] === 0xffff) return isPrivateIpv4(groups[6] * 65536 + groups[7]); // IPv4-mapped
  if (allZeroUntil(6)) return true; // deprecated IPv4-compatible
  if (first === 0x64 && groups[1] === 0xff9b) return isPrivateIpv4(groups[6] * 65536 + groups[7]); // NAT64
  if ((first & 0xfe00) === 0xfc00) return true; // unique-local fc00::/7
  if ((first & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
  if ((first & 0xff00) === 0xff00) return true; // multicast
  return false;
}
