const MAX_FIELDS = 200;

/**
 * A CRM webhook's fields as text: the URL's params, then the body's (which win). A JSON body's
 * nested objects are flattened one level, since the nesting, if any, is not published.
 * Undefined when the body is not an object or has too many fields.
 */
export function webhookFields(query: unknown, body: unknown): Record<string, string> | undefined {
  if (body !== undefined && (typeof body !== 'object' || body === null || Array.isArray(body))) return undefined;
  const fields: Record<string, string> = {};
  const add = (source: unknown, overwrite: boolean) => {
    for (const [key, value] of Object.entries((source ?? {}) as Record<string, unknown>)) {
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
        if (overwrite || !(key in fields)) fields[key] = String(value);
      } else if (typeof value === 'object' && value !== null && !Array.isArray(value) && overwrite) {
        for (const [inner, innerValue] of Object.entries(value as Record<string, unknown>)) {
          if (!(inner in fields) && (typeof innerValue === 'string' || typeof innerValue === 'number')) fields[inner] = String(innerValue);
        }
      }
    }
  };
  add(body, true);
  add(query, false);
  return Object.keys(fields).length > MAX_FIELDS ? undefined : fields;
}
