import { nextRetryDelayMs } from './retry-schedule.util';

describe('nextRetryDelayMs', () => {
  const svix = [0, 5, 300, 1800, 7200, 18000, 36000, 36000];

  it('follows the schedule after each failed attempt', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => nextRetryDelayMs(svix, n, mid))).toEqual(
      [5, 300, 1800, 7200, 18000, 36000, 36000].map((s) => s * 1000),
    );
  });

  it('stops when the schedule is used up', () => {
    expect(nextRetryDelayMs(svix, 8)).toBeUndefined();
    expect(nextRetryDelayMs([0], 1)).toBeUndefined();
  });

  it('moves each delay by at most 10% either way', () => {
    expect(nextRetryDelayMs(svix, 1, () => 0)).toBe(4500);
    expect(nextRetryDelayMs(svix, 1, () => 1)).toBe(5500);
    for (let i = 0; i < 100; i++) {
      const delay = nextRetryDelayMs(svix, 2)!;
      expect(delay).toBeGreaterThanOrEqual(270_000);
      expect(delay).toBeLessThanOrEqual(330_000);
    }
  });

  it('never answers for attempt 0 (the first attempt is not a retry)', () => {
    expect(nextRetryDelayMs(svix, 0)).toBeUndefined();
  });
});
