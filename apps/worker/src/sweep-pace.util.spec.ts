import { sweepPauseMs } from './sweep-pace.util';

describe('sweepPauseMs', () => {
  it('keeps sweeping at most 5% of the time, pausing no more than a minute', () => {
    expect(sweepPauseMs(0)).toBe(0);
    expect(sweepPauseMs(20)).toBe(380);
    expect(sweepPauseMs(660)).toBe(12_540);
    expect(sweepPauseMs(8_000)).toBe(60_000);
  });
});
