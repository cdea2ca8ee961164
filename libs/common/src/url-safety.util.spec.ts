import { isPublicAddress, urlProblem } from './url-safety.util';

describe('url safety', () => {
  it.each([
    '127.0.0.1',
    '10.0.0.1',
    '172.16.5.4',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    '::ffff:10.0.0.1',
    '::ffff:127.0.0.1',
    '224.0.0.1',
    'nonsense',
  ])('%s is not public', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['8.8.8.8', '93.184.216.34', '2001:4860:4860::8888'])('%s is public', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it('checks scheme, credentials and literal private hosts', () => {
    expect(urlProblem('not a url', false)).toBe('invalid_url');
    expect(urlProblem('ftp://example.com/', false)).toBe('unsupported_scheme');
    expect(urlProblem('https://user:pw@example.com/', false)).toBe('credentials_in_url');
    expect(urlProblem('http://127.0.0.1:8080/hook', false)).toBe('private_address');
    expect(urlProblem('http://[::1]/hook', false)).toBe('private_address');
    expect(urlProblem('http://localhost/hook', false)).toBe('private_address');
    expect(urlProblem('https://hooks.example.com/x', false)).toBeUndefined();
  });

  it('allows private addresses only when told to (local development, tests)', () => {
    expect(urlProblem('http://127.0.0.1:8080/hook', true)).toBeUndefined();
    expect(urlProblem('ftp://127.0.0.1/', true)).toBe('unsupported_scheme');
  });
});
