import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import axios from 'axios';
import { HUB_CONFIG, HubConfig, safeLookup, URL_PROBLEM_MESSAGES, urlProblem } from '@hub/common';
import { readExcerpt } from './read-excerpt.util';

export interface HttpExchange {
  /** Undefined when no response came. */
  statusCode?: number;
  headers: Record<string, unknown>;
  excerpt: string | null;
  durationMs: number;
  error?: string;
}

/** The one place webhook requests leave the hub: keep-alive, no redirects, a timeout, private addresses refused. */
@Injectable()
export class WebhookHttpClient {
  private readonly httpAgent: http.Agent;
  private readonly httpsAgent: https.Agent;

  constructor(@Inject(HUB_CONFIG) private readonly config: HubConfig) {
    const lookup = config.allowPrivateUrls ? undefined : safeLookup;
    this.httpAgent = new http.Agent({ keepAlive: true, lookup });
    this.httpsAgent = new https.Agent({ keepAlive: true, lookup });
  }

  async post(url: string, headers: Record<string, string>, body: string): Promise<HttpExchange> {
    const started = Date.now();
    const problem = urlProblem(url, this.config.allowPrivateUrls);
    if (problem) return { headers: {}, excerpt: null, durationMs: 0, error: URL_PROBLEM_MESSAGES[problem] };
    try {
      const response = await axios.post<Readable>(url, body, {
        headers,
        timeout: this.config.webhookTimeoutMs,
        maxRedirects: 0,
        responseType: 'stream',
        validateStatus: () => true,
        httpAgent: this.httpAgent,
        httpsAgent: this.httpsAgent,
        transformRequest: [(data: string) => data],
      });
      const remainingMs = Math.max(1, this.config.webhookTimeoutMs - (Date.now() - started));
      const excerpt = await readWithin(response.data, remainingMs);
      return { statusCode: response.status, headers: response.headers, excerpt, durationMs: Date.now() - started };
    } catch (error) {
      return { headers: {}, excerpt: null, durationMs: Date.now() - started, error: describeFailure(error) };
    }
  }
}

/** A body that trickles in past the timeout is cut off: the status already arrived, so the attempt still counts. */
async function readWithin(stream: Readable, ms: number): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<null>((resolve) => {
    timer = setTimeout(() => {
      stream.destroy();
      resolve(null);
    }, ms);
  });
  return Promise.race([readExcerpt(stream).catch(() => null), deadline]).finally(() => clearTimeout(timer));
}

function describeFailure(error: unknown): string {
  const err = error as { code?: string; message?: string };
  if (err.code === 'ECONNABORTED' || err.code === 'ETIMEDOUT') return 'Timed out waiting for the endpoint';
  if (err.code === 'EPRIVATEADDRESS') return 'The host resolves to a private address';
  return err.code ? `${err.code}: ${err.message ?? ''}`.trim() : (err.message ?? 'Request failed');
}
