import { MAX_RETRY_AFTER_MS, retryAfterDelayMs } from './retry-after.util';

describe('retryAfterDelayMs', () => {
  it('reads seconds on 429 and 503', () => {
    expect(retryAfterDelayMs(429, '3')).toBe(3000);
    expect(retryAfterDelayMs(503, '1.5')).toBe(1500);
  });

  it('reads an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterDelayMs(429, 'Thu, 01 Jan 2026 00:00:10 GMT', now)).toBe(10_000);
  });

  it('ignores the header on other statuses, and absent or unreadable headers', () => {
    expect(retryAfterDelayMs(500, '3')).toBeUndefined();
    expect(retryAfterDelayMs(undefined, '3')).toBeUndefined();
    expect(retryAfterDelayMs(429, undefined)).toBeUndefined();
    expect(retryAfterDelayMs(429, 'soon')).toBeUndefined();
  });

  it('caps very long waits', () => {
    expect(retryAfterDelayMs(429, String(10 * 24 * 3600))).toBe(MAX_RETRY_AFTER_MS);
  });
});
