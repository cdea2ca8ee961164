import { ConnectorError, ConnectorErrorKind, redactSecrets } from '@hub/connector-sdk';

/**
 * How LawRuler's refusal messages read, most specific first. LawRuler publishes none of
 * its messages: every pattern is inferred, and unknown wording is `permanent`.
 */
const KIND_BY_MESSAGE: ReadonlyArray<[RegExp, ConnectorErrorKind]> = [
  [/rate limit|too many requests/i, 'rate_limited'],
  [/(invalid|unknown|unsupported) operation|operation .*not (supported|valid|allowed)/i, 'not_supported'],
  [/\bkey\b|unauthori[sz]ed|not authori[sz]ed|authenticat|not enabled/i, 'auth'],
  [/permission|access denied|forbidden|not allowed/i, 'permission_denied'],
  [/not found|no lead|does not exist|unknown lead|invalid lead ?id|no record/i, 'not_found'],
  [/invalid|required|missing|not valid/i, 'validation'],
];

/** Words that make a plain-text answer a refusal rather than a success (inferred). */
export const REFUSAL_WORDS = /invalid|error|fail|denied|not found|no lead|does not exist|missing|required|unauthori[sz]ed|not authori[sz]ed|not enabled|not allowed|permission|forbidden|rate limit|too many/i;

/** A refusal LawRuler answered with HTTP 200, as a ConnectorError without secrets. */
export function lawRulerRefusal(message: string, operation: string, secrets: readonly string[]): ConnectorError {
  const redacted = redactSecrets(message, secrets);
  const kind = KIND_BY_MESSAGE.find(([pattern]) => pattern.test(redacted))?.[1] ?? 'permanent';
  return new ConnectorError(kind, `LawRuler refused to ${operation}: ${redacted}`, { status: 200, operation });
}
