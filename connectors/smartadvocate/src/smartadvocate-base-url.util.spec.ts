import { ConnectorError } from '@hub/connector-sdk';
import { resolveSmartAdvocateBaseUrl } from './smartadvocate-base-url.util';

describe('resolveSmartAdvocateBaseUrl', () => {
  it.each([
    ['https://app.smartadvocate.com', 'https://app.smartadvocate.com/CaseSyncAPI/'],
    ['https://app.smartadvocate.com/', 'https://app.smartadvocate.com/CaseSyncAPI/'],
    ['https://app.smartadvocate.com/CaseSyncAPI', 'https://app.smartadvocate.com/CaseSyncAPI/'],
    ['https://sa.firm.com/casesyncapi/Users/authenticate', 'https://sa.firm.com/CaseSyncAPI/'],
    ['http://127.0.0.1:4100/sa', 'http://127.0.0.1:4100/sa/CaseSyncAPI/'],
  ])('takes %s as %s', (given, expected) => {
    expect(resolveSmartAdvocateBaseUrl({ baseUrl: given })).toBe(expected);
  });

  it.each([[undefined], ['app.smartadvocate.com']])('refuses %p, naming baseUrl', (given) => {
    expect(() => resolveSmartAdvocateBaseUrl({ baseUrl: given })).toThrow(ConnectorError);
  });
});
