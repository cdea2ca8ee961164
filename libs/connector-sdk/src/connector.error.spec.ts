import { ConnectorError, isConnectorError } from './connector.error';

describe('ConnectorError', () => {
  it('carries a stable code derived from its kind', () => {
    const error = new ConnectorError('rate_limited', 'Slow down', { status: 429, retryAfterMs: 7000 });
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('connector.rate_limited');
    expect(error.status).toBe(429);
    expect(error.retryAfterMs).toBe(7000);
    expect(error.details).toEqual([]);
  });

  it.each([
    ['transient', true],
    ['rate_limited', true],
    ['auth', false],
    ['validation', false],
    ['not_found', false],
    ['permanent', false],
    ['permission_denied', false],
    ['not_supported', false],
  ] as const)('says whether a %s error is worth a retry', (kind, retryable) => {
    expect(new ConnectorError(kind, 'x').retryable).toBe(retryable);
  });

  it('serializes to its kind, code and details only', () => {
    const error = new ConnectorError('validation', 'Bad', { details: [{ field: 'caseId', message: 'required' }] });
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      kind: 'validation',
      code: 'connector.validation',
      name: 'ConnectorError',
      details: [{ field: 'caseId', message: 'required' }],
    });
  });
});

describe('isConnectorError', () => {
  it('recognizes instances and look-alikes from another copy of the SDK', () => {
    expect(isConnectorError(new ConnectorError('auth', 'x'))).toBe(true);
    const copy = Object.assign(new Error('x'), { name: 'ConnectorError', kind: 'auth', code: 'connector.auth' });
    expect(isConnectorError(copy)).toBe(true);
  });

  it.each([[new Error('x')], [null], ['connector.auth'], [{ name: 'ConnectorError', kind: 'nope', code: 'connector.nope' }]])(
    'rejects %p',
    (value) => {
      expect(isConnectorError(value)).toBe(false);
    },
  );
});
