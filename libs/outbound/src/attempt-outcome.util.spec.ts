import { decideOutcome } from './attempt-outcome.util';

const schedule = [0, 5, 300];
const base = { scheduleSec: schedule, random: () => 0.5, trigger: 'scheduled' as const, attemptsMade: 1 };

describe('decideOutcome', () => {
  it('succeeds on any 2xx only', () => {
    expect(decideOutcome({ ...base, statusCode: 200 })).toEqual({ result: 'succeeded' });
    expect(decideOutcome({ ...base, statusCode: 204 })).toEqual({ result: 'succeeded' });
    expect(decideOutcome({ ...base, statusCode: 301 })).toEqual({ result: 'retry', delayMs: 5000 });
  });

  it('treats 410 as gone, whatever the trigger', () => {
    expect(decideOutcome({ ...base, statusCode: 410 })).toEqual({ result: 'gone' });
    expect(decideOutcome({ ...base, statusCode: 410, trigger: 'manual' })).toEqual({ result: 'gone' });
  });

  it('retries on the schedule after errors and timeouts, then gives up', () => {
    expect(decideOutcome({ ...base, statusCode: 500, attemptsMade: 2 })).toEqual({ result: 'retry', delayMs: 300_000 });
    expect(decideOutcome({ ...base, attemptsMade: 1 })).toEqual({ result: 'retry', delayMs: 5000 });
    expect(decideOutcome({ ...base, statusCode: 500, attemptsMade: 3 })).toEqual({ result: 'failed' });
  });

  it('honours Retry-After on 429 and 503, not on 500', () => {
    expect(decideOutcome({ ...base, statusCode: 429, retryAfter: '2' })).toEqual({ result: 'retry', delayMs: 2000 });
    expect(decideOutcome({ ...base, statusCode: 503, retryAfter: '7' })).toEqual({ result: 'retry', delayMs: 7000 });
    expect(decideOutcome({ ...base, statusCode: 500, retryAfter: '7' })).toEqual({ result: 'retry', delayMs: 5000 });
  });

  it('never starts retries from a manual attempt', () => {
    expect(decideOutcome({ ...base, statusCode: 500, trigger: 'manual' })).toEqual({ result: 'failed' });
  });
});
