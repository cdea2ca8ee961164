import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import axios, { AxiosInstance } from 'axios';
import { toConnectorError } from './to-connector-error.util';

export const DEFAULT_TIMEOUT_MS = 15_000;

export interface HttpClientOptions {
  baseURL: string;
  timeoutMs?: number;
  /** Credential values that must never appear in a thrown error. */
  secrets: readonly string[];
  signal?: AbortSignal;
  /** A dns.lookup replacement, e.g. one that refuses private addresses after resolution. */
  lookup?: LookupFunction;
}

interface Agents {
  httpAgent: http.Agent;
  httpsAgent: https.Agent;
}

// Shared by every client of the process (per lookup) so that connections to a CRM are reused.
const defaultAgents: Agents = { httpAgent: new http.Agent({ keepAlive: true }), httpsAgent: new https.Agent({ keepAlive: true }) };
const agentsByLookup = new Map<LookupFunction, Agents>();

function agentsFor(lookup?: LookupFunction): Agents {
  if (!lookup) return defaultAgents;
  let agents = agentsByLookup.get(lookup);
  if (!agents) {
    agents = { httpAgent: new http.Agent({ keepAlive: true, lookup }), httpsAgent: new https.Agent({ keepAlive: true, lookup }) };
    agentsByLookup.set(lookup, agents);
  }
  return agents;
}

/**
 * The HTTP client every connector uses: keep-alive, a timeout, no redirects (a redirect
 * would resend credentials to another host), and failures turned into ConnectorErrors.
 */
export function createHttpClient(options: HttpClientOptions): AxiosInstance {
  const client = axios.create({
    baseURL: options.baseURL,
    timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRedirects: 0,
    ...agentsFor(options.lookup),
    signal: options.signal,
  });
  client.interceptors.response.use(undefined, (error: unknown) => Promise.reject(toConnectorError(error, options.secrets)));
  return client;
}
