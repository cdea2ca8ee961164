export type UnknownRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Producers spell keys in camelCase, snake_case, PascalCase or even "Lead ID";
// comparing keys without case or separators matches all of them at once.
const looseKey = (key: string): string => key.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The value of the first alias the record holds (null counts as absent),
 * whatever the spelling of its key.
 */
export function pick(record: UnknownRecord, ...aliases: string[]): unknown {
  const values = new Map<string, unknown>();
  for (const [key, value] of Object.entries(record)) {
    const loose = looseKey(key);
    if (value !== undefined && value !== null && !values.has(loose)) values.set(loose, value);
  }
  return aliases
    .map(looseKey)
    .map((alias) => values.get(alias))
    .find((value) => value !== undefined);
}

/** The record under the first alias that holds one; undefined when none does. */
export function pickRecord(record: UnknownRecord, ...aliases: string[]): UnknownRecord | undefined {
  return aliases.map((alias) => pick(record, alias)).find(isRecord);
}

/** A copy without undefined properties, so canonical objects carry only the fields that were given. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
