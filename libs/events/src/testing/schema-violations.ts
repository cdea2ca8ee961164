import { isRecord } from '../loose-record.util';

// Just enough JSON Schema to check the catalog against real events in tests.
// The catalog uses only these keywords; any other one throws instead of passing silently.
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'examples']);

const TYPE_CHECKS: Record<string, (value: unknown) => boolean> = {
  string: (value) => typeof value === 'string',
  number: (value) => typeof value === 'number' && Number.isFinite(value),
  boolean: (value) => typeof value === 'boolean',
  object: isRecord,
};

const FORMAT_CHECKS: Record<string, (value: string) => boolean> = {
  'date-time': (value) => !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value,
  email: (value) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value),
  uri: (value) => URL.canParse(value),
};

type Schema = Record<string, unknown>;

function keywordViolations(keyword: string, arg: unknown, schema: Schema, value: unknown, path: string): string[] {
  const unless = (ok: boolean, why: string): string[] => (ok ? [] : [`${path}: ${why}`]);
  const text = typeof value === 'string' ? value : undefined;
  const record = isRecord(value) ? value : undefined;
  switch (keyword) {
    case 'type':
      return unless(TYPE_CHECKS[arg as string](value), `must be a ${String(arg)}`);
    case 'const':
      return unless(value === arg, `must be ${JSON.stringify(arg)}`);
    case 'enum':
      return unless((arg as unknown[]).includes(value), `must be one of ${JSON.stringify(arg)}`);
    case 'minLength':
      return unless(text === undefined || text.length >= (arg as number), `shorter than ${String(arg)}`);
    case 'maxLength':
      return unless(text === undefined || text.length <= (arg as number), `longer than ${String(arg)}`);
    case 'pattern':
      return unless(text === undefined || new RegExp(arg as string, 'u').test(text), `must match ${String(arg)}`);
    case 'format':
      return unless(text === undefined || FORMAT_CHECKS[arg as string](text), `must be a ${String(arg)}`);
    case 'minimum':
      return unless(typeof value !== 'number' || value >= (arg as number), `below ${String(arg)}`);
    case 'required':
      return (arg as string[]).flatMap((key) => unless(record === undefined || key in record, `missing ${key}`));
    case 'additionalProperties': {
      const known = Object.keys(schema.properties as Schema);
      const extra = Object.keys(record ?? {}).filter((key) => !known.includes(key));
      return unless(arg !== false || extra.length === 0, `unexpected ${extra.join(', ')}`);
    }
    case 'properties':
      return Object.entries(record ?? {}).flatMap(([key, child]) => {
        const childSchema = (arg as Record<string, Schema>)[key];
        return childSchema ? schemaViolations(childSchema, child, `${path}.${key}`) : [];
      });
    default:
      if (ANNOTATIONS.has(keyword)) return [];
      throw new Error(`schemaViolations does not support the "${keyword}" keyword`);
  }
}

/** Every way `value` breaks `schema`, as "path: reason" lines; empty when it conforms. */
export function schemaViolations(schema: Schema, value: unknown, path = '$'): string[] {
  return Object.entries(schema).flatMap(([keyword, arg]) => keywordViolations(keyword, arg, schema, value, path));
}
