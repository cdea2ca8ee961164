import { backoffDelayMs } from './backoff-delay.util';

describe('backoffDelayMs', () => {
  it("uses the CRM's Retry-After when there is one", () => {
    expect(backoffDelayMs(1, 1000, 7000)).toBe(7000);
    expect(backoffDelayMs(3, 1000, 0)).toBe(0);
  });

  it('doubles from the base, within ±20% jitter', () => {
    expect(backoffDelayMs(1, 1000, undefined, () => 0.5)).toBe(1000);
    expect(backoffDelayMs(3, 1000, undefined, () => 0.5)).toBe(4000);
    expect(backoffDelayMs(3, 1000, undefined, () => 0)).toBe(3200);
    expect(backoffDelayMs(3, 1000, undefined, () => 1)).toBe(4800);
  });

  it('never waits more than ten minutes', () => {
    expect(backoffDelayMs(30, 1000, undefined, () => 0.5)).toBe(600_000);
    expect(backoffDelayMs(1, 1000, 3_600_000)).toBe(600_000);
  });
});
