import { sweepPauseMs } from './sweep-pace.util';

describe('sweepPauseMs', () => {
  it('keeps sweeping at most 5% of the time, pausing no more than a minute', () => {
    expect(sweepPauseMs(0)).toBe(0);
    expect(sweepPauseMs(20)).toBe(380);
    expect(sweepPauseMs(660)).toBe(12_540);
    expect(sweepPauseMs(8_000)).toBe(60_000);
  });

  it('never pauses longer than the given limit (the requeue grace period)', () => {
    expect(sweepPauseMs(660, 3_000)).toBe(3_000);
    expect(sweepPauseMs(8_000, 30_000)).toBe(30_000);
    expect(sweepPauseMs(20, 3_000)).toBe(380);
  });
});
