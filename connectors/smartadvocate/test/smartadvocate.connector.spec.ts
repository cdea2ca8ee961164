import {
  ActionDefinition,
  ConnectorContext,
  ConnectorError,
  createConnectorContext,
  InMemoryTokenStore,
} from '@hub/connector-sdk';
import { smartadvocate, SmartAdvocateCredentials } from '../src';
import { describeConnectorContract, expectNoSecretLeak } from '../../../libs/connector-sdk/src/testing';
import { FAKE_SMARTADVOCATE_USER, FakeSmartAdvocate, startFakeSmartAdvocate } from './fake-smartadvocate.server';

describeConnectorContract(smartadvocate);

describe('smartadvocate against its fake', () => {
  let fake: FakeSmartAdvocate;
  let now: number;
  let tokens: InMemoryTokenStore;
  let ctx: ConnectorContext<SmartAdvocateCredentials>;
  const { username, password } = FAKE_SMARTADVOCATE_USER;

  beforeEach(async () => {
    fake = await startFakeSmartAdvocate({ inferred: 'all' });
    now = Date.now();
    tokens = new InMemoryTokenStore(() => now);
    ctx = createConnectorContext(smartadvocate, { baseUrl: fake.url, credentials: { username, password }, tokens });
  });
  afterEach(() => fake.close());

  const run = (action: ActionDefinition<SmartAdvocateCredentials, object>, input: object) =>
    action.run(ctx, input);
  const failureOf = (promise: Promise<unknown>) =>
    promise.then(
      () => Promise.reject(new Error('expected a failure')),
      (error: unknown) => error as ConnectorError,
    );
  const paths = () => fake.requests.map((request) => `${request.method} ${request.path}`);
  const signIns = () => paths().filter((path) => path.endsWith('/Users/authenticate')).length;

  describe('verify', () => {
    it('signs in and names the account', async () => {
      await expect(smartadvocate.verify(ctx)).resolves.toEqual({ accountLabel: `${username} (user 677)` });
    });

    it('maps a wrong password (a 400 from authenticate) to auth, without the password', async () => {
      const wrong = createConnectorContext(smartadvocate, {
        baseUrl: fake.url,
        credentials: { username, password: 'Wrong-passw0rd!' },
      });
      const error = await failureOf(smartadvocate.verify(wrong));
      expect(error.kind).toBe('auth');
      expectNoSecretLeak(error, ['Wrong-passw0rd!']);
    });
  });

  describe('update_case_status', () => {
    const action = smartadvocate.actions.update_case_status;

    it('finds the case by number and sets its status', async () => {
      const result = await run(action, { caseId: '9000002', statusId: '828' });
      expect(result).toEqual({ externalId: '516718', summary: 'Case 9000002: status set to Retained' });
      expect(fake.state.cases.find((item) => item.caseNumber === '9000002')?.caseStatus).toBe('Retained');
      const change = fake.requests.find((request) => request.method === 'PUT');
      expect(change?.path).toBe('/CaseSyncAPI/case/516718/status');
      expect(JSON.parse(change?.body ?? '{}')).toEqual({ caseStatusID: 828 });
      expect(change?.headers.authorization).toMatch(/^Bearer ey/);
    });

    it('changes nothing when the case already has the status', async () => {
      const result = await run(action, { caseId: '9000002', statusId: '827' });
      expect(result.summary).toBe('Case 9000002: already has status UM Arb Filed');
      expect(paths().some((path) => path.startsWith('PUT'))).toBe(false);
    });

    it('keeps only the exact case when CaseInfo matches several', async () => {
      const [first, second] = fake.state.cases;
      fake.failNext({ status: 200, body: [second, first], pathIncludes: 'CaseInfo' });
      await run(action, { caseId: '9000002', statusId: '828' });
      expect(fake.requests.find((request) => request.method === 'PUT')?.path).toBe('/CaseSyncAPI/case/516718/status');
    });

    it('answers not_found for an unknown case and for a case the user may not see', async () => {
      expect((await failureOf(run(action, { caseId: '1234567', statusId: '828' }))).kind).toBe('not_found');
      fake.state.hiddenCaseNumbers.add('9000002');
      expect((await failureOf(run(action, { caseId: '9000002', statusId: '828' }))).kind).toBe('not_found');
    });

    it('maps a status of another case type to validation, naming the field', async () => {
      const error = await failureOf(run(action, { caseId: '9000002', statusId: '902' }));
      expect(error.kind).toBe('validation');
      expect(error.details).toEqual([{ field: 'CaseStatusID', message: expect.stringContaining('does not apply') }]);
    });

    it('maps a permission refusal to permission_denied, naming the operation', async () => {
      fake.state.forbiddenOperations.add('change_status');
      const error = await failureOf(run(action, { caseId: '9000002', statusId: '828' }));
      expect(error).toMatchObject({ kind: 'permission_denied', status: 403, operation: 'change_status', retryable: false });
      expect(error.message).toContain('lacks the permission');
    });

    it('sets a secondary status of a status type, alone or with the main status', async () => {
      const sub = await run(action, { caseId: '9000002', substatusId: '891', substatusType: 'Dialer Status', substatusName: 'OK to dial' });
      expect(sub.summary).toBe('Case 9000002: Dialer Status set to OK to dial');
      const change = fake.requests.find((request) => request.method === 'PUT');
      expect(change?.path).toBe('/CaseSyncAPI/case/516718/secondStatus');
      expect(JSON.parse(change?.body ?? '{}')).toEqual({ statusID: 891, statusTypeName: 'Dialer Status' });
      const both = await run(action, { caseId: '9000002', statusId: '828', substatusId: '891', substatusType: 'Dialer Status' });
      expect(both.summary).toBe('Case 9000002: status set to Retained; already has Dialer Status OK to dial');
      expect(fake.state.cases[0]).toMatchObject({ caseStatusID: 828, secondStatuses: [expect.objectContaining({ statusID: 891, statusTypeName: 'Dialer Status' })] });
    });

    it('needs the status type of a secondary status, and a status or a substatus', async () => {
      expect(await failureOf(run(action, { caseId: '9000002', substatusId: '891' }))).toMatchObject({ kind: 'validation', details: [{ field: 'substatusType' }] });
      expect(await failureOf(run(action, { caseId: '9000002' }))).toMatchObject({ kind: 'validation', details: [expect.objectContaining({ field: 'statusId' })] });
      expect(fake.requests).toHaveLength(0);
    });

    it('refuses a status id that is not a SmartAdvocate id before calling it', async () => {
      const error = await failureOf(run(action, { caseId: '9000002', statusId: 'Retained' }));
      expect(error).toMatchObject({ kind: 'validation', details: [{ field: 'statusId', message: expect.any(String) }] });
      expect(fake.requests).toHaveLength(0);
    });
  });

  describe('post_note', () => {
    const action = smartadvocate.actions.post_note;

    it('inserts the note as HTML on the case found by number', async () => {
      const result = await run(action, { caseId: '9000002', text: 'Call back <today>\nAsked for Ana', subject: 'Kayse AI', noteTypeId: '57' });
      const note = fake.state.notes.find((item) => String(item.noteID) === result.externalId);
      expect(note).toMatchObject({
        caseID: 516718,
        noteTypeID: 57,
        noteTypeName: 'Plaintiff',
        noteText: 'Call back &lt;today&gt;<br>Asked for Ana',
        subject: 'Kayse AI',
      });
      expect(result.summary).toBe('Note added to case 9000002');
    });

    it.each([403, 401] as const)('maps a refused Insert Note (HTTP %s) to permission_denied, naming the operation', async (permissionRefusalStatus) => {
      fake.state.permissionRefusalStatus = permissionRefusalStatus;
      fake.state.forbiddenOperations.add('insert_note');
      const error = await failureOf(run(action, { caseId: '9000002', text: 'Hello' }));
      expect(error).toMatchObject({ kind: 'permission_denied', operation: 'insert_note' });
      expect(error.message).toContain('insert a note');
      expect(fake.state.notes).toHaveLength(2);
    });

    it('finds a note that went in before a 500 (documented notes read) instead of posting it again', async () => {
      fake.failNext({ status: 500, applied: true, pathIncludes: '/notes' });
      const result = await run(action, { caseId: '9000002', text: 'Call back', subject: 'Kayse AI' });
      expect(fake.state.notes.filter((note) => note.noteText === 'Call back')).toHaveLength(1);
      expect(result.externalId).toBe(String(fake.state.notes.at(-1)!.noteID));
      expect(paths().filter((path) => path === 'GET /CaseSyncAPI/case/516718/notes')).toHaveLength(1);
    });

    it('lets a 500 that did not insert the note be retried', async () => {
      fake.failNext({ status: 500, pathIncludes: '/notes' });
      expect((await failureOf(run(action, { caseId: '9000002', text: 'Call back' }))).kind).toBe('transient');
    });

    it('maps an unknown note type to validation', async () => {
      const error = await failureOf(run(action, { caseId: '9000002', text: 'Hello', noteTypeId: '999' }));
      expect(error).toMatchObject({ kind: 'validation', details: [{ field: 'NoteTypeID', message: expect.any(String) }] });
    });
  });

  describe('lookups', () => {
    it('lists case statuses with their case type', async () => {
      const statuses = await smartadvocate.lookups!.caseStatuses!(ctx);
      expect(statuses).toContainEqual({ id: '828', name: 'Retained', caseTypeId: '1249', caseType: 'ATS-Guatemala' });
      expect(statuses).toContainEqual({ id: '950', name: 'Closed' });
    });

    it('lists secondary statuses by status type', async () => {
      const substatuses = await smartadvocate.lookups!.caseSubstatuses!(ctx);
      expect(substatuses).toContainEqual({ id: '890', name: 'Do not dial', statusType: 'Dialer Status' });
      expect((await smartadvocate.lookups!.caseStatuses!(ctx)).map((s) => s.id)).not.toContain('890');
    });

    it('lists note types', async () => {
      await expect(smartadvocate.lookups!.noteTypes!(ctx)).resolves.toContainEqual({ id: '10', name: 'Case' });
    });

    it('answers not_supported where the site has no list (only documented routes)', async () => {
      const documentedOnly = await startFakeSmartAdvocate();
      try {
        const plain = createConnectorContext(smartadvocate, { baseUrl: documentedOnly.url, credentials: { username, password } });
        expect((await failureOf(smartadvocate.lookups!.caseStatuses!(plain))).kind).toBe('not_supported');
        expect((await failureOf(smartadvocate.lookups!.noteTypes!(plain))).kind).toBe('not_supported');
      } finally {
        await documentedOnly.close();
      }
    });
  });

  describe('the connection check', () => {
    it('reports each call, writes only when asked', async () => {
      const results = await smartadvocate.check!(ctx, {});
      expect(results.map((r) => [r.operation, r.outcome, r.documented])).toEqual([
        ['authenticate', 'ok', true],
        ['read_case', 'ok', true],
        ['list_statuses', 'ok', false],
        ['list_note_types', 'ok', false],
        ['update_case_status', 'skipped', false],
        ['post_note', 'skipped', false],
      ]);
    });

    it('reports a barred Insert Note as refused and the other calls as they are', async () => {
      fake.state.forbiddenOperations.add('insert_note');
      const results = await smartadvocate.check!(ctx, { caseId: '9000002', dryWrite: true, testNote: true });
      expect(results.map((r) => [r.operation, r.outcome])).toEqual([
        ['authenticate', 'ok'],
        ['read_case', 'ok'],
        ['list_statuses', 'ok'],
        ['list_note_types', 'ok'],
        ['update_case_status', 'ok'],
        ['post_note', 'refused'],
      ]);
      expect(results[5].message).toContain('Insert Note');
      expect(fake.state.cases[0].caseStatusID).toBe(827);
    });
  });

  describe('the token', () => {
    const statusAction = smartadvocate.actions.update_case_status;

    it('is reused across calls', async () => {
      await run(statusAction, { caseId: '9000002', statusId: '828' });
      await smartadvocate.lookups!.noteTypes!(ctx);
      expect(signIns()).toBe(1);
    });

    it('is renewed, and the call retried once, when SmartAdvocate answers 401', async () => {
      await smartadvocate.lookups!.noteTypes!(ctx);
      fake.expireTokens();
      await run(statusAction, { caseId: '9000002', statusId: '828' });
      expect(signIns()).toBe(2);
      expect(paths().filter((path) => path.includes('CaseInfo'))).toHaveLength(2);
    });

    it('is renewed without a 401 once it reaches its expiry', async () => {
      await smartadvocate.lookups!.noteTypes!(ctx);
      now += 2 * 60 * 60 * 1000;
      await smartadvocate.lookups!.noteTypes!(ctx);
      expect(signIns()).toBe(2);
      expect(paths()).toHaveLength(4);
    });

    it('is not renewed in a loop when a fresh token is refused too: that operation is barred, the credentials are fine', async () => {
      await smartadvocate.lookups!.caseStatuses!(ctx);
      fake.failNext({ status: 401, pathIncludes: 'notes/types' }, 5);
      expect((await failureOf(smartadvocate.lookups!.noteTypes!(ctx))).kind).toBe('permission_denied');
      expect(signIns()).toBe(2);
    });
  });

  describe('failures of a call', () => {
    it('maps a 429 to rate_limited with its Retry-After', async () => {
      fake.failNext({ status: 429, headers: { 'Retry-After': '30' }, pathIncludes: 'CaseInfo' });
      const error = await failureOf(run(smartadvocate.actions.post_note, { caseId: '9000002', text: 'Hi' }));
      expect(error).toMatchObject({ kind: 'rate_limited', retryAfterMs: 30_000, code: 'connector.rate_limited' });
    });

    it('maps a 500 to transient', async () => {
      fake.failNext({ status: 500, pathIncludes: 'notes' });
      const error = await failureOf(run(smartadvocate.actions.post_note, { caseId: '9000002', text: 'Hi' }));
      expect(error.kind).toBe('transient');
    });

    it('never shows the password or the token, even when the answer echoes them', async () => {
      fake.failNext({ status: 500, pathIncludes: 'authenticate' });
      const signInError = await failureOf(smartadvocate.verify(ctx));
      expect(signInError.message).toContain('[redacted]');
      expectNoSecretLeak(signInError, [password]);

      await smartadvocate.verify(ctx);
      fake.failNext({ status: 502, pathIncludes: 'CaseInfo' });
      const callError = await failureOf(run(smartadvocate.actions.post_note, { caseId: '9000002', text: 'Hi' }));
      expect(callError.message).toContain('"authorization":"[redacted]"');
      expectNoSecretLeak(callError, [password, ...tokens.values()]);
    });
  });
});

describe('smartadvocate base URL', () => {
  it('completes the host alone, as Kayse asks firms for it', () => {
    expect(smartadvocate.resolveBaseUrl!({ baseUrl: 'https://app.smartadvocate.com', credentials: {} })).toBe('https://app.smartadvocate.com/CaseSyncAPI/');
  });
});
