import { ConnectorError } from '@hub/connector-sdk';
import { decideAfterFailure } from './step-failure.util';

describe('decideAfterFailure', () => {
  it('retries transient errors and rate limits, honouring Retry-After', () => {
    expect(decideAfterFailure(new ConnectorError('transient', 'HTTP 500'), 1, 5)).toEqual({
      status: 'retrying',
      reason: 'The CRM is unavailable: HTTP 500',
      retryInMs: undefined,
    });
    expect(decideAfterFailure(new ConnectorError('rate_limited', 'slow down', { retryAfterMs: 7000 }), 2, 5)).toMatchObject({
      status: 'retrying',
      retryInMs: 7000,
    });
  });

  it('fails at once on auth, validation, not found, permanent', () => {
    for (const kind of ['auth', 'validation', 'not_found', 'permanent'] as const) {
      expect(decideAfterFailure(new ConnectorError(kind, 'no'), 1, 5).status).toBe('failed');
    }
    expect(decideAfterFailure(new ConnectorError('not_found', 'case 9'), 1, 5).reason).toBe('The case does not exist in the CRM: case 9');
  });

  it('fails a retryable error on the last attempt, saying so', () => {
    expect(decideAfterFailure(new ConnectorError('transient', 'timeout'), 5, 5)).toEqual({
      status: 'failed',
      reason: 'The CRM is unavailable: timeout (gave up after 5 attempts)',
    });
    expect(decideAfterFailure(new Error('db down'), 1, 3).status).toBe('retrying');
    expect(decideAfterFailure(new Error('db down'), 3, 3).status).toBe('failed');
  });
});
