import fc from 'fast-check';

/** Strings a hostile or broken producer sends: operators, prototype keys, huge, control and odd Unicode. */
export const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom(
    '$gt',
    '$where',
    '{"$ne":null}',
    '__proto__',
    'constructor',
    'prototype',
    '../../etc/passwd',
    '<script>alert(1)</script>',
    '\u0000',
    '\ud800',
    'NaN',
    '1e309',
    ' ',
    '',
  ),
  fc.nat({ max: 20_000 }).map((n) => 'x'.repeat(n)),
);

/** Any JSON value, with hostile keys and values mixed in. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, -1, 1.5, Number.MAX_SAFE_INTEGER, -0),
    hostileString,
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(hostileString, fc.constantFrom('$set', '$gt', '__proto__', 'constructor', 'id', 'type')), tie('value'), {
      maxKeys: 5,
    }),
    fc.constant({ $ne: null }),
    fc.constant({ $gt: '' }),
  ),
})).value;

/** Replaces the value at one path of `base` with `value` (or deletes it). */
export function mutate(base: Record<string, unknown>, path: string[], value: unknown, remove: boolean): Record<string, unknown> {
  const copy = structuredClone<Record<string, unknown>>(base);
  let node: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  if (remove) delete node[last];
  else node[last] = value;
  return copy;
}

/** Paths of the canonical call.completed event, for targeted mutations. */
export const EVENT_PATHS: fc.Arbitrary<string[]> = fc.constantFrom<string[]>(
  ['id'],
  ['type'],
  ['occurredAt'],
  ['campaignId'],
  ['contact'],
  ['contact', 'id'],
  ['contact', 'phone'],
  ['contact', 'email'],
  ['contact', 'crm'],
  ['contact', 'crm', 'caseId'],
  ['data'],
  ['data', 'call'],
  ['data', 'call', 'status'],
  ['data', 'call', 'durationSec'],
  ['__proto__'],
  ['constructor'],
);

/**
 * Every 5xx is a bug (the hub let an input crash a handler) except a dependency
 * being down: 503 for our own database or queue, 502 crm_unreachable for a CRM
 * that could not be reached at the URL given.
 */
export function expectNoServerError(status: number, body: unknown): void {
  const upstream = status === 502 && (body as { error?: { code?: string } })?.error?.code === 'crm_unreachable';
  if (status >= 500 && status !== 503 && !upstream) throw new Error(`answered ${status}: ${JSON.stringify(body).slice(0, 500)}`);
}

/** The response mentions none of the secrets. */
export function expectNoSecret(text: string, secrets: string[]): void {
  for (const secret of secrets) if (secret && text.includes(secret)) throw new Error(`a response leaked a secret: ${text.slice(0, 300)}`);
}
