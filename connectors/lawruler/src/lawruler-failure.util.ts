import { ConnectorError, ConnectorErrorKind, redactSecrets } from '@hub/connector-sdk';

/** How LawRuler's refusal messages read, most specific first. */
const KIND_BY_MESSAGE: ReadonlyArray<[RegExp, ConnectorErrorKind]> = [
  [/rate limit|too many requests/i, 'rate_limited'],
  [/\bkey\b|unauthori[sz]ed|not authori[sz]ed|authenticat|permission|access denied|not enabled/i, 'auth'],
  [/not found|no lead|does not exist|unknown lead/i, 'not_found'],
  [/invalid|required|missing|not valid|not allowed/i, 'validation'],
];

/**
 * The Legal CRM API answers a refused request with HTTP 200 and `Success: false` (or,
 * for some refusals, a bare text line): turns such an answer into a ConnectorError.
 * Undefined for a successful answer.
 */
export function lawRulerFailure(data: unknown, operation: string, secrets: readonly string[]): ConnectorError | undefined {
  const failure = failureMessage(data);
  if (failure === undefined) return undefined;
  const message = redactSecrets(failure, secrets);
  const kind = KIND_BY_MESSAGE.find(([pattern]) => pattern.test(message))?.[1] ?? 'permanent';
  return new ConnectorError(kind, `LawRuler refused to ${operation}: ${message}`, { status: 200 });
}

function failureMessage(data: unknown): string | undefined {
  if (typeof data === 'string') {
    const text = data.trim();
    if (text.startsWith('{')) {
      const parsed = parseJson(text);
      return parsed === undefined ? 'an answer that is not JSON' : failureMessage(parsed);
    }
    return text === '' ? 'an empty answer' : text.slice(0, 300);
  }
  if (typeof data !== 'object' || data === null) return 'an answer that is not JSON';
  const record = Object.fromEntries(Object.entries(data).map(([key, value]: [string, unknown]) => [key.toLowerCase(), value]));
  const refused = record.success === false || String(record.success).toLowerCase() === 'false';
  const error = record.error ?? record.errors;
  if (!refused && (error === undefined || error === null || error === '' || error === false)) return undefined;
  const message = record.message ?? error;
  return typeof message === 'string' && message !== '' ? message : 'no reason given';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
