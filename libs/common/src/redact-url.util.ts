/** A source receiver's path carries its secret (`/v1/sources/<provider>/<token>`): never logged. */
const SOURCE_TOKEN = /^(\/v1\/sources\/[^/?#]+\/)[^/?#]+/;

export function redactUrl(url: string): string {
  return url.replace(SOURCE_TOKEN, '$1[redacted]');
}
