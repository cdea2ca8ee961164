import { runOutcome } from './run-outcome.util';

const s = (...statuses: string[]) => statuses.map((status) => ({ status })) as Parameters<typeof runOutcome>[0];

describe('runOutcome', () => {
  it.each([
    [s('pending', 'succeeded'), 'running'],
    [s('retrying'), 'running'],
    [s('succeeded', 'skipped'), 'succeeded'],
    [s('failed', 'failed'), 'failed'],
    [s('failed', 'succeeded'), 'partial'],
    [s('skipped'), 'skipped'],
    [s(), 'skipped'],
  ])('%j → %s', (steps, outcome) => {
    expect(runOutcome(steps)).toBe(outcome);
  });
});
