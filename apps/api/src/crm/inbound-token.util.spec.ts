import { createInboundToken, inboundTokenMatches, inboundTokenWorkspace } from './inbound-token.util';

describe('inbound webhook tokens', () => {
  const workspaceId = '65f1c0ffee0123456789abcd';

  it('are unguessable, name their workspace, and are kept as a hash', () => {
    const first = createInboundToken(workspaceId);
    const second = createInboundToken(workspaceId);
    expect(first.token).not.toBe(second.token);
    expect(inboundTokenWorkspace(first.token)).toBe(workspaceId);
    expect(first.stored.hash).not.toContain(first.token.split('_')[2]);
    expect(inboundTokenMatches(first.token, first.stored.hash)).toBe(true);
    expect(inboundTokenMatches(second.token, first.stored.hash)).toBe(false);
    expect(inboundTokenMatches(first.token, undefined)).toBe(false);
  });

  it.each([['crmw_nothex_abc'], [`crmw_${'0'.repeat(24)}_short`], ['']])('refuses %p', (token) => {
    expect(inboundTokenWorkspace(token)).toBeUndefined();
  });
});
