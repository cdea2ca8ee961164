import { HubError } from '@hub/common';

export interface RunCursor {
  firedAt: Date;
  id: string;
}

/** Opaque page cursor: the last run's firedAt and id (runs are listed newest first). */
export function encodeRunCursor(cursor: RunCursor): string {
  return Buffer.from(JSON.stringify({ t: cursor.firedAt.toISOString(), i: cursor.id })).toString('base64url');
}

export function decodeRunCursor(raw: string): RunCursor {
  try {
    const { t, i } = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as { t: string; i: string };
    const firedAt = new Date(t);
    if (Number.isNaN(firedAt.getTime()) || !/^[0-9a-f]{24}$/.test(i)) throw new Error('bad cursor');
    return { firedAt, id: i };
  } catch {
    throw HubError.validation('The cursor is not valid', [
      { field: 'cursor', code: 'invalid_cursor', message: 'Use nextCursor from the previous page' },
    ]);
  }
}
