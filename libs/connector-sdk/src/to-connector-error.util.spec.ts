import { AxiosError } from 'axios';
import { ConnectorError } from './connector.error';
import { toConnectorError } from './to-connector-error.util';

describe('toConnectorError', () => {
  it('returns a ConnectorError as it is', () => {
    const error = new ConnectorError('not_found', 'Lead 1 not found');
    expect(toConnectorError(error)).toBe(error);
  });

  it.each([
    ['ECONNRESET', 'transient'],
    ['ECONNABORTED', 'transient'],
    ['ERR_CANCELED', 'transient'],
    ['ERR_INVALID_URL', 'permanent'],
  ])('maps a %s failure without a response to %s', (code, kind) => {
    const error = new AxiosError('boom', code, { url: 'case/1?Key=x', method: 'get', headers: {} } as never);
    expect(toConnectorError(error).kind).toBe(kind);
    expect(toConnectorError(error).message).toMatch(/^GET \/?case\/1 /);
  });

  it.each([
    ['ECONNREFUSED', false],
    ['ECONNABORTED', true],
    ['ECONNRESET', true],
  ])('says whether a %s failure may have been applied: %s', (code, mayHaveApplied) => {
    const error = new AxiosError('boom', code, { url: 'notes', method: 'post', headers: {} } as never);
    expect(toConnectorError(error).mayHaveApplied === true).toBe(mayHaveApplied);
  });

  it.each([
    [500, true],
    [503, false],
    [400, false],
  ])('says whether an HTTP %s may have been applied: %s', (status, mayHaveApplied) => {
    const config = { url: 'notes', method: 'post', headers: {} } as never;
    const response = { status, data: '', headers: {}, config, statusText: '' } as never;
    const error = new AxiosError('boom', 'ERR_BAD_RESPONSE', config, undefined, response);
    expect(toConnectorError(error).mayHaveApplied === true).toBe(mayHaveApplied);
  });

  it('wraps anything else as permanent, redacted', () => {
    const error = toConnectorError(new TypeError('cannot read hunter2-pass'), ['hunter2-pass']);
    expect(error.kind).toBe('permanent');
    expect(error.message).toBe('Unexpected connector failure: cannot read [redacted]');
  });
});
