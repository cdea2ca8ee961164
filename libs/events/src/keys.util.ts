import { toSlug } from './slugify.util';

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** "durationSec" and "duration_sec" and "Duration Sec" all read as "duration_sec". */
const keyOf = (key: string) => toSlug(key);

/** The first present value among the given key spellings (camel, snake, Pascal, spaced). */
export function pick(source: Json | undefined, ...names: string[]): unknown {
  if (!source) return undefined;
  const wanted = new Set(names.map(keyOf));
  for (const [key, value] of Object.entries(source)) {
    if (wanted.has(keyOf(key)) && value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

export function pickObject(source: Json | undefined, ...names: string[]): Json | undefined {
  const value = pick(source, ...names);
  return isObject(value) ? value : undefined;
}
