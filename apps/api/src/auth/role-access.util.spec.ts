import { roleAllows } from './role-access.util';

describe('roleAllows', () => {
  it.each([
    ['viewer', 'read', true],
    ['viewer', 'write', false],
    ['viewer', 'ingest', false],
    ['editor', 'write', true],
    ['editor', 'admin', false],
    ['editor', 'ingest', false],
    ['ingest', 'ingest', true],
    ['ingest', 'read', false],
    ['admin', 'admin', true],
    ['admin', 'ingest', true],
    ['admin', 'write', true],
  ] as const)('%s on a %s route: %s', (role, level, allowed) => {
    expect(roleAllows(role, level)).toBe(allowed);
  });
});
