import { HubError } from '@hub/common';
import { decodeRunCursor, encodeRunCursor } from './run-cursor.util';

describe('run cursor', () => {
  it('round-trips', () => {
    const cursor = { firedAt: new Date('2026-11-20T15:04:05.123Z'), id: '6740a1b2c3d4e5f6a7b8c9d0' };
    expect(decodeRunCursor(encodeRunCursor(cursor))).toEqual(cursor);
  });

  it.each(['nope', Buffer.from('{"t":"x","i":"y"}').toString('base64url'), ''])('refuses %j with a field error', (raw) => {
    expect(() => decodeRunCursor(raw)).toThrow(HubError);
  });
});
