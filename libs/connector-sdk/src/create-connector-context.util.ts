import type { LookupFunction } from 'node:net';
import type { ConnectorContext, ConnectorDefinition } from './connector-definition.type';
import { createHttpClient } from './create-http-client.util';
import { credentialSecrets } from './credential-secrets.util';
import { InMemoryTokenStore } from './in-memory-token.store';
import type { TokenStore } from './token-store.type';
import { validateInput } from './validate-input.util';

export interface ConnectorContextOptions {
  baseUrl: string;
  /** As stored: validated here against the connector's schema. */
  credentials: unknown;
  /** Defaults to a fresh in-memory store; the hub passes its shared one. */
  tokens?: TokenStore;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Passed to the HTTP client: the hub refuses private addresses after DNS resolution. */
  lookup?: LookupFunction;
}

/** Builds what verify, actions and lookups receive: validated credentials and an HTTP client. */
export function createConnectorContext<C extends object>(
  definition: ConnectorDefinition<C>,
  options: ConnectorContextOptions,
): ConnectorContext<C> {
  const credentials = validateInput(definition.credentials.schema, options.credentials, 'credentials');
  const http = createHttpClient({
    baseURL: options.baseUrl,
    timeoutMs: options.timeoutMs,
    secrets: credentialSecrets(definition, credentials),
    signal: options.signal,
    lookup: options.lookup,
  });
  return {
    baseUrl: options.baseUrl,
    credentials,
    http,
    tokens: options.tokens ?? new InMemoryTokenStore(),
    signal: options.signal,
  };
}
