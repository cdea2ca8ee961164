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

  it('wraps anything else as permanent, redacted', () => {
    const error = toConnectorError(new TypeError('cannot read hunter2-pass'), ['hunter2-pass']);
    expect(error.kind).toBe('permanent');
    expect(error.message).toBe('Unexpected connector failure: cannot read [redacted]');
  });
});
