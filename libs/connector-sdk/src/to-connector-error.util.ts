import axios, { AxiosError, AxiosHeaders } from 'axios';
import { ConnectorError, ConnectorErrorDetail, isConnectorError } from './connector.error';
import { kindForHttpStatus } from './http-status-kind.util';
import { parseRetryAfter } from './parse-retry-after.util';
import { redactSecrets } from './redact-secrets.util';

const MAX_BODY_EXCERPT = 300;

/** Failures before any response: the network, a timeout, or the hub cancelling the call. */
const TRANSIENT_NETWORK_CODES = new Set([
  'ECONNABORTED',
  'ETIMEDOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ERR_CANCELED',
]);

/** Failures after the request may have been sent: the CRM may have applied it. */
const MAY_HAVE_APPLIED_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ECONNRESET', 'EPIPE', 'ERR_CANCELED']);

/**
 * Turns anything a connector call can throw into a ConnectorError whose message and
 * details hold no secret. The axios error (config, request, response: all carry
 * headers with credentials) is dropped, never attached.
 */
export function toConnectorError(error: unknown, secrets: readonly string[] = []): ConnectorError {
  if (isConnectorError(error)) return error;
  if (axios.isAxiosError(error)) return fromAxiosError(error, [...secrets, ...sentTokens(error)]);
  const message = error instanceof Error ? error.message : String(error);
  return new ConnectorError('permanent', `Unexpected connector failure: ${redactSecrets(message, secrets)}`);
}

function fromAxiosError(error: AxiosError, secrets: readonly string[]): ConnectorError {
  const target = describeTarget(error);
  const response = error.response;
  if (!response) {
    const code = error.code ?? 'unknown';
    const kind = TRANSIENT_NETWORK_CODES.has(code) ? 'transient' : 'permanent';
    const reason = code === 'ECONNABORTED' || code === 'ETIMEDOUT' ? 'timed out' : `failed (${code})`;
    return new ConnectorError(kind, `${target} ${reason}`, { mayHaveApplied: MAY_HAVE_APPLIED_CODES.has(code) });
  }
  const status = response.status;
  const kind = kindForHttpStatus(status);
  const excerpt = bodyExcerpt(response.data, secrets);
  const message = `${target} answered HTTP ${status}${excerpt ? `: ${excerpt}` : ''}`;
  const retryAfterMs =
    status === 429 || status === 503 ? parseRetryAfter(headerValue(response.headers, 'retry-after')) : undefined;
  const details = kind === 'validation' ? validationDetails(response.data, secrets) : [];
  // A 500 is the application failing mid-way; gateways (502-504) and refusals did not apply anything.
  return new ConnectorError(kind, message, { status, retryAfterMs, details, mayHaveApplied: status === 500 });
}

/** Method and path only: the query string may carry identifiers or keys. */
function describeTarget(error: AxiosError): string {
  const method = (error.config?.method ?? 'get').toUpperCase();
  let path = '';
  try {
    path = new URL(axios.getUri({ ...error.config, params: undefined })).pathname;
  } catch {
    path = (error.config?.url ?? '').split('?')[0];
  }
  return `${method} ${path}`.trim();
}

/** Tokens this request sent: redacted like the static secrets, though learned at run time. */
function sentTokens(error: AxiosError): string[] {
  const authorization = headerValue(error.config?.headers, 'authorization');
  if (!authorization) return [];
  const token = authorization.replace(/^\s*\w+\s+/, '');
  return [authorization, token];
}

function headerValue(headers: unknown, name: string): string | undefined {
  if (!headers) return undefined;
  const value = AxiosHeaders.from(headers as AxiosHeaders).get(name);
  return value === undefined || value === null || value === false ? undefined : String(value);
}

function bodyExcerpt(data: unknown, secrets: readonly string[]): string {
  const text = bodyText(data);
  if (!text) return '';
  const redacted = redactSecrets(text.replace(/\s+/g, ' ').trim(), secrets);
  return redacted.length > MAX_BODY_EXCERPT ? `${redacted.slice(0, MAX_BODY_EXCERPT)}…` : redacted;
}

function bodyText(data: unknown): string {
  if (data === undefined || data === null || data === '') return '';
  if (typeof data === 'string') return data;
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  try {
    return JSON.stringify(data);
  } catch {
    return '';
  }
}

/** Field errors from the shapes APIs commonly use: ASP.NET problem details and `[{ field, message }]`. */
function validationDetails(data: unknown, secrets: readonly string[]): ConnectorErrorDetail[] {
  const errors = (data as { errors?: unknown } | null)?.errors;
  const details: ConnectorErrorDetail[] = [];
  if (Array.isArray(errors)) {
    for (const item of errors) {
      const { field, message } = (item ?? {}) as { field?: unknown; message?: unknown };
      if (typeof message === 'string') details.push({ field: String(field ?? ''), message });
    }
  } else if (errors && typeof errors === 'object') {
    for (const [field, messages] of Object.entries(errors)) {
      for (const message of Array.isArray(messages) ? messages : [messages]) {
        if (typeof message === 'string') details.push({ field, message });
      }
    }
  }
  return details.map((detail) => ({
    field: redactSecrets(detail.field, secrets),
    message: redactSecrets(detail.message, secrets),
  }));
}
