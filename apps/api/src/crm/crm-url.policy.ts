import { Inject, Injectable } from '@nestjs/common';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { HUB_CONFIG, HubConfig, HubError, isPublicAddress, URL_PROBLEM_MESSAGES, urlProblem } from '@hub/common';

/** A CRM base URL must be http(s) and, unless HUB_ALLOW_PRIVATE_URLS, resolve to public addresses only. */
@Injectable()
export class CrmUrlPolicy {
  constructor(@Inject(HUB_CONFIG) private readonly config: HubConfig) {}

  async assertAllowed(baseUrl: string): Promise<void> {
    const problem = urlProblem(baseUrl, this.config.allowPrivateUrls);
    if (problem) throw HubError.validation('The base URL is not allowed', [{ field: 'baseUrl', code: problem, message: URL_PROBLEM_MESSAGES[problem] }]);
    if (this.config.allowPrivateUrls) return;
    const host = new URL(baseUrl).hostname.replace(/^\[|\]$/g, '');
    if (isIP(host)) return;
    const addresses = await lookup(host, { all: true }).catch(() => []);
    if (addresses.length === 0 || addresses.some((a) => !isPublicAddress(a.address))) {
      throw HubError.validation('The base URL is not allowed', [{ field: 'baseUrl', code: 'private_address', message: `${host} does not resolve to public addresses only` }]);
    }
  }
}
