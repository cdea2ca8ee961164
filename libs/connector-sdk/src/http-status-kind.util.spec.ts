import { kindForHttpStatus } from './http-status-kind.util';

describe('kindForHttpStatus', () => {
  it.each([
    [401, 'auth'],
    [403, 'auth'],
    [404, 'not_found'],
    [429, 'rate_limited'],
    [408, 'transient'],
    [500, 'transient'],
    [502, 'transient'],
    [503, 'transient'],
    [400, 'validation'],
    [422, 'validation'],
    [409, 'permanent'],
    [410, 'permanent'],
    [302, 'permanent'],
  ])('maps %i to %s', (status, kind) => {
    expect(kindForHttpStatus(status)).toBe(kind);
  });
});
