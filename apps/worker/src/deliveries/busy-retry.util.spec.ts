import { busyRetryMs } from './busy-retry.util';

describe('busyRetryMs', () => {
  it('starts short and doubles with each try, up to a second', () => {
    const none = () => 0;
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map((starts) => busyRetryMs(starts, none))).toEqual([25, 50, 100, 200, 400, 800, 1000, 1000, 1000]);
    expect(busyRetryMs(0, none)).toBe(25);
  });

  it('adds at most half again as jitter', () => {
    expect(busyRetryMs(3, () => 0.999)).toBe(150);
    expect(busyRetryMs(30, () => 0.5)).toBe(1250);
  });
});
