import { lookup as dnsLookup, LookupAddress, LookupOptions } from 'node:dns';
import { isPublicAddress } from './url-safety.util';

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

export const PRIVATE_ADDRESS_ERROR = 'EPRIVATEADDRESS';

/**
 * A dns.lookup for http agents that refuses non-public addresses after
 * resolution, so a public name that resolves (or rebinds) to an internal
 * address is never connected to (webhook deliveries, CRM calls).
 */
export function safeLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const list = addresses;
    const blocked = list.find((entry) => !isPublicAddress(entry.address));
    if (blocked || list.length === 0) {
      const refusal: NodeJS.ErrnoException = new Error(`${hostname} resolves to a private address`);
      refusal.code = PRIVATE_ADDRESS_ERROR;
      return callback(refusal, []);
    }
    if (options.all) return callback(null, list);
    callback(null, list[0].address, list[0].family);
  });
}
