import http from 'node:http';
import https from 'node:https';
import axios, { AxiosInstance } from 'axios';
import { toConnectorError } from './to-connector-error.util';

export const DEFAULT_TIMEOUT_MS = 15_000;

export interface HttpClientOptions {
  baseURL: string;
  timeoutMs?: number;
  /** Credential values that must never appear in a thrown error. */
  secrets: readonly string[];
  signal?: AbortSignal;
}

// Shared by every client of the process so that connections to a CRM are reused.
const httpAgent = new http.Agent({ keepAlive: true });
const httpsAgent = new https.Agent({ keepAlive: true });

/**
 * The HTTP client every connector uses: keep-alive, a timeout, no redirects (a redirect
 * would resend credentials to another host), and failures turned into ConnectorErrors.
 */
export function createHttpClient(options: HttpClientOptions): AxiosInstance {
  const client = axios.create({
    baseURL: options.baseURL,
    timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRedirects: 0,
    httpAgent,
    httpsAgent,
    signal: options.signal,
  });
  client.interceptors.response.use(undefined, (error: unknown) =>
    Promise.reject(toConnectorError(error, options.secrets)),
  );
  return client;
}
