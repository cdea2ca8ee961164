import { isPrivateAddress, urlProblem } from './url-safety.util';

describe('urlProblem', () => {
  it('accepts public http and https URLs', () => {
    expect(urlProblem('https://hooks.firm.example/kayse', false)).toBeUndefined();
    expect(urlProblem('http://93.184.216.34/hook', false)).toBeUndefined();
  });

  it('refuses other schemes, garbage and credentials', () => {
    expect(urlProblem('ftp://firm.example/x', false)).toBe('unsupported_scheme');
    expect(urlProblem('file:///etc/passwd', false)).toBe('unsupported_scheme');
    expect(urlProblem('not a url', false)).toBe('invalid_url');
    expect(urlProblem('https://user:pw@firm.example/', false)).toBe('credentials_in_url');
  });

  it.each([
    'http://127.0.0.1:8080/',
    'http://localhost/',
    'http://api.localhost/',
    'http://10.1.2.3/',
    'http://172.20.0.1/',
    'http://192.168.1.1/',
    'http://169.254.169.254/latest/meta-data',
    'http://0.0.0.0/',
    'http://2130706433/',
    'http://[::1]/',
    'http://[fe80::1]/',
    'http://[fd00::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:a9fe:a9fe]/',
  ])('refuses %s', (url) => {
    expect(urlProblem(url, false)).toBe('private_address');
  });

  it('allows private addresses when configured to', () => {
    expect(urlProblem('http://127.0.0.1:8080/', true)).toBeUndefined();
    expect(urlProblem('ftp://127.0.0.1/', true)).toBe('unsupported_scheme');
  });
});

describe('isPrivateAddress', () => {
  it('tells public from private addresses', () => {
    expect(isPrivateAddress('8.8.8.8')).toBe(false);
    expect(isPrivateAddress('172.32.0.1')).toBe(false);
    expect(isPrivateAddress('2606:4700::1111')).toBe(false);
    expect(isPrivateAddress('::ffff:8.8.8.8')).toBe(false);
    expect(isPrivateAddress('100.64.0.1')).toBe(true);
    expect(isPrivateAddress('::')).toBe(true);
    expect(isPrivateAddress('64:ff9b::7f00:1')).toBe(true);
    expect(isPrivateAddress('not-an-ip')).toBe(true);
  });
});
