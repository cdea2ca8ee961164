import { randomBytes } from 'node:crypto';
import authenticateFixture from './fixtures/authenticate.json';
import caseInfoFixture from './fixtures/case-info.json';
import caseStatusesFixture from './fixtures/case-statuses.json';
import noteTypesFixture from './fixtures/note-types.json';
import notesFixture from './fixtures/notes.json';

export type FakeSaCase = (typeof caseInfoFixture)[number];
export type FakeSaNote = (typeof notesFixture)[number];
export type FakeSaCodeListEntry = (typeof caseStatusesFixture)[number];

/** Operations an administrator can deny the integration user. */
export type FakeSaOperation = 'insert_note' | 'change_status' | 'change_substatus';

/**
 * Routes only SmartAdvocate's Postman collection documents, which could not be read: the
 * fake answers them (in the shape the connector infers) only when switched on, else 404.
 */
export const FAKE_SA_INFERRED_ROUTES = ['insert_note', 'change_status', 'change_substatus', 'list_statuses', 'list_note_types'] as const;
export type FakeSaInferredRoute = (typeof FAKE_SA_INFERRED_ROUTES)[number];

export interface FakeSaUser {
  username: string;
  password: string;
  userID: number;
}

/** The user the fake knows from the start; the fixture gives its name and id. */
export const FAKE_SMARTADVOCATE_USER: FakeSaUser = {
  username: authenticateFixture.username,
  userID: authenticateFixture.userID,
  password: 'Fake-SA-passw0rd!',
};

export interface FakeSmartAdvocateState {
  users: FakeSaUser[];
  cases: FakeSaCase[];
  notes: FakeSaNote[];
  caseStatuses: FakeSaCodeListEntry[];
  noteTypes: Array<{ id: number; description: string }>;
  /** Issued tokens and the time (ms) after which they are refused. */
  tokens: Map<string, { userID: number; expiresAt: number }>;
  tokenTtlSeconds: number;
  forbiddenOperations: Set<FakeSaOperation>;
  /** Inferred routes the fake answers; the others are 404. */
  inferredRoutes: Set<FakeSaInferredRoute>;
  /** Inferred: the status of a permission refusal (403), or 401 as some APIs answer. */
  permissionRefusalStatus: 401 | 403;
  /** Case numbers the integration user is not allowed to see. */
  hiddenCaseNumbers: Set<string>;
}

export function initialFakeSmartAdvocateState(
  tokenTtlSeconds: number,
  inferredRoutes: readonly FakeSaInferredRoute[],
  permissionRefusalStatus: 401 | 403,
): FakeSmartAdvocateState {
  return {
    users: [{ ...FAKE_SMARTADVOCATE_USER }],
    cases: structuredClone(caseInfoFixture),
    notes: structuredClone(notesFixture),
    caseStatuses: structuredClone(caseStatusesFixture),
    noteTypes: structuredClone(noteTypesFixture),
    tokens: new Map(),
    tokenTtlSeconds,
    forbiddenOperations: new Set(),
    inferredRoutes: new Set(inferredRoutes),
    permissionRefusalStatus,
    hiddenCaseNumbers: new Set(),
  };
}

/** A JWT shaped like SmartAdvocate's (id, nbf, exp, iat, iss); its signature is random bytes. */
export function issueToken(state: FakeSmartAdvocateState, userID: number, now = Date.now()): string {
  const seconds = Math.floor(now / 1000);
  const header = { alg: 'HS256', typ: 'JWT' };
  const exp = seconds + state.tokenTtlSeconds;
  const payload = { id: String(userID), nbf: seconds, exp, iat: seconds, iss: 'SmartAdvocateFake' };
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const token = `${encode(header)}.${encode(payload)}.${randomBytes(32).toString('base64url')}`;
  state.tokens.set(token, { userID, expiresAt: now + state.tokenTtlSeconds * 1000 });
  return token;
}
