import { redactUrl } from './redact-url.util';

describe('redactUrl', () => {
  it('hides the token of a source receiver, keeps every other URL', () => {
    expect(redactUrl('/v1/sources/lawruler/crmw_abc_DEF?list_id=1')).toBe('/v1/sources/lawruler/[redacted]?list_id=1');
    expect(redactUrl('/v1/events?limit=5')).toBe('/v1/events?limit=5');
  });
});
