import { ActionDefinition, ConnectorContext, ConnectorError, createConnectorContext } from '@hub/connector-sdk';
import { lawruler, lawRulerBaseUrl, LawRulerCredentials } from '../src';
import { describeConnectorContract, expectNoSecretLeak, parseFormBody } from '../../../libs/connector-sdk/src/testing';
import { FAKE_LAWRULER_KEY, FakeLawRuler, FakeLawRulerSwitches, startFakeLawRuler } from './fake-lawruler.server';

describeConnectorContract(lawruler);

describe('lawruler against its fake', () => {
  let fake: FakeLawRuler;
  let ctx: ConnectorContext<LawRulerCredentials>;
  const credentials = {
    username: 'kayse-integration',
    password: 'Fake-LR-passw0rd!',
    clientRoot: 'samplefirm',
    clientSecret: 'fake-client-secret-77aa',
    key: FAKE_LAWRULER_KEY,
  };
  const secrets = [credentials.password, credentials.clientSecret, credentials.key];

  const start = async (switches: Partial<FakeLawRulerSwitches> = {}, extra: object = {}) => {
    await fake?.close();
    fake = await startFakeLawRuler(switches);
    ctx = createConnectorContext(lawruler, { baseUrl: fake.url, credentials: { ...credentials, ...extra }, timeoutMs: 500 });
  };
  beforeEach(() => start());
  afterEach(() => fake.close());

  const run = (action: ActionDefinition<LawRulerCredentials, object>, input: object) => action.run(ctx, input);
  const failureOf = (promise: Promise<unknown>) =>
    promise.then(
      () => Promise.reject(new Error('expected a failure')),
      (error: unknown) => error as ConnectorError,
    );
  const forms = () => fake.requests.map((request) => parseFormBody(request));
  const operations = () => forms().map((form) => form.Operation ?? (form.Conversation !== undefined ? 'note' : 'status'));
  const updates = () => forms().filter((form) => form.overridelead === 'true');
  const lead = (id: number) => fake.state.leads.find((item) => item.LeadID === id);

  describe('verify, with documented calls only', () => {
    it('reads a probe lead: "lead not found" shows the key is good, and GetStatuses is never needed', async () => {
      await expect(lawruler.verify(ctx)).resolves.toEqual({ accountLabel: 'samplefirm.lawruler.com (kayse-integration)' });
      expect(forms()).toEqual([{ Operation: 'GetStatus', LeadID: '1', ReturnJSON: 'True', Key: FAKE_LAWRULER_KEY }]);
    });

    it('reads the lead the firm gives, which must exist', async () => {
      await start({}, { testLeadId: '120045' });
      await expect(lawruler.verify(ctx)).resolves.toBeDefined();
      await start({}, { testLeadId: '999999' });
      expect(await failureOf(lawruler.verify(ctx))).toMatchObject({ kind: 'validation', details: [{ field: 'testLeadId' }] });
    });

    it('takes "Invalid LeadID" for a missing probe lead too', async () => {
      await start({ unknownLead: 'invalid_lead_id' });
      await expect(lawruler.verify(ctx)).resolves.toBeDefined();
    });

    it('maps a refused key (HTTP 200 with a message) to auth, without the key', async () => {
      const wrong = createConnectorContext(lawruler, { baseUrl: fake.url, credentials: { ...credentials, key: 'WRONG-KEY-0001' } });
      const error = await failureOf(lawruler.verify(wrong));
      expect(error).toMatchObject({ kind: 'auth', message: expect.stringContaining('Invalid API Key') });
      expectNoSecretLeak(error, ['WRONG-KEY-0001']);
    });

    it('does not take an HTTP 404 (a wrong portal URL) for a missing lead', async () => {
      fake.failNext({ status: 404, body: 'Not Found' });
      expect((await failureOf(lawruler.verify(ctx))).kind).toBe('not_found');
    });
  });

  describe('update_case_status', () => {
    const action = lawruler.actions.update_case_status;

    it('posts the status by name as a URL-encoded form with the key', async () => {
      const result = await run(action, { caseId: '120045', statusId: '41', statusName: 'Signed' });
      expect(result).toEqual({ externalId: '120045', summary: 'Status of lead 120045 set to Signed' });
      expect(lead(120045)).toMatchObject({ StatusID: 41, Status: 'Signed' });
      const update = fake.requests.find((request) => parseFormBody(request).Status !== undefined);
      expect(update?.headers['content-type']).toContain('application/x-www-form-urlencoded');
      expect(parseFormBody(update!)).toEqual({ LeadID: '120045', Status: 'Signed', overridelead: 'true', ReturnJSON: 'True', Key: FAKE_LAWRULER_KEY });
    });

    it('compares by name, so a lead that already has the status is left alone', async () => {
      const result = await run(action, { caseId: '120045', statusId: 'name:pending sign up', statusName: 'pending  sign up' });
      expect(result.summary).toBe('Lead 120045 already has status Pending Sign Up');
      expect(updates()).toHaveLength(0);
    });

    it('needs the status name, and refuses a sub-status, before calling LawRuler', async () => {
      expect(await failureOf(run(action, { caseId: '120045', statusId: '41' }))).toMatchObject({ kind: 'validation', details: [{ field: 'statusName' }] });
      expect((await failureOf(run(action, { caseId: '120045', statusId: '41', statusName: 'Signed', substatusId: '3' }))).kind).toBe('validation');
      expect(fake.requests).toHaveLength(0);
    });

    it('answers not_found for an unknown Lead ID, and never posts an update that could create a lead', async () => {
      const error = await failureOf(run(action, { caseId: '999999', statusId: '41', statusName: 'Signed' }));
      expect(error.kind).toBe('not_found');
      expect(updates()).toHaveLength(0);
    });

    it('maps LawRuler refusing a status name to validation', async () => {
      const error = await failureOf(run(action, { caseId: '120045', statusId: '71', statusName: 'Qualified' }));
      expect(error).toMatchObject({ kind: 'validation', message: expect.stringContaining('Invalid Status') });
    });

    it.each<FakeLawRulerSwitches['writeAnswer']>(['json', 'json_without_success', 'xml', 'plain_lead_id'])('takes a %s answer as applied', async (writeAnswer) => {
      await start({ writeAnswer });
      await run(action, { caseId: '120045', statusId: '41', statusName: 'Signed' });
      expect(operations()).toEqual(['GetStatus', 'status']);
    });

    it.each<FakeLawRulerSwitches['writeAnswer']>(['plain_text', 'empty'])('checks an ambiguous %s answer by reading the lead back', async (writeAnswer) => {
      await start({ writeAnswer });
      const result = await run(action, { caseId: '120045', statusId: '41', statusName: 'Signed' });
      expect(result.summary).toContain('confirmed by reading the lead back');
      expect(operations()).toEqual(['GetStatus', 'status', 'GetStatus']);
    });

    it('retries (transient) when the read back shows the status did not change', async () => {
      fake.failNext({ status: 200, body: '', bodyIncludes: 'Status=Signed' });
      const error = await failureOf(run(action, { caseId: '120045', statusId: '41', statusName: 'Signed' }));
      expect(error).toMatchObject({ kind: 'transient', message: expect.stringContaining('still has Pending Sign Up') });
    });
  });

  describe('post_note', () => {
    const action = lawruler.actions.post_note;

    it('adds the note to the lead, subject first', async () => {
      const result = await run(action, { caseId: '120045', text: 'Asked for a call back.', subject: 'Kayse AI' });
      expect(fake.state.notes).toEqual([expect.objectContaining({ LeadID: 120045, Note: 'Kayse AI\nAsked for a call back.', NoteID: Number(result.externalId) })]);
      expect(result.summary).toBe('Note added to lead 120045');
    });

    it('answers not_found for an unknown Lead ID without posting', async () => {
      expect((await failureOf(run(action, { caseId: '999999', text: 'Hi' }))).kind).toBe('not_found');
      expect(updates()).toHaveLength(0);
    });

    it.each<[string, Parameters<FakeLawRuler['failNext']>[0] | undefined, FakeLawRulerSwitches['writeAnswer']]>([
      ['a plain-text answer', undefined, 'plain_text'],
      ['an empty answer', undefined, 'empty'],
      ['an HTTP 500 after the note went in', { status: 500, applied: true, bodyIncludes: 'Conversation=' }, 'json'],
      ['a timeout after the note went in', { status: 200, applied: true, delayMs: 2000, bodyIncludes: 'Conversation=' }, 'json'],
    ])('never posts the note twice after %s: it reads the lead back and does not resend', async (_name, failure, writeAnswer) => {
      await start({ writeAnswer });
      if (failure) fake.failNext(failure);
      const result = await run(action, { caseId: '120045', text: 'Hello' });
      expect(result.summary).toContain('not resent so that it is never posted twice');
      expect(operations()).toEqual(['GetStatus', 'note', 'GetStatus']);
      expect(fake.state.notes).toHaveLength(1);
    });

    it('fails for good, without resending, when the note answer is unclear and the read back fails too', async () => {
      await start({ writeAnswer: 'plain_text' });
      fake.failNext({ status: 503, bodyIncludes: 'Operation=GetStatus', skip: 1 });
      const error = await failureOf(run(action, { caseId: '120045', text: 'Hello' }));
      expect(error).toMatchObject({ kind: 'permanent', retryable: false, message: expect.stringContaining('never posted twice') });
      expect(fake.state.notes).toHaveLength(1);
    });

    it('takes an explicit refusal of the note as final, not as ambiguous', async () => {
      fake.failNext({ status: 200, body: { Success: false, Message: 'You do not have permission to add notes' }, bodyIncludes: 'Conversation=' });
      const error = await failureOf(run(action, { caseId: '120045', text: 'Hello' }));
      expect(error).toMatchObject({ kind: 'permission_denied', retryable: false });
    });
  });

  describe('statuses', () => {
    it('answers not_supported when the portal does not know GetStatuses, as documented sources suggest', async () => {
      const error = await failureOf(lawruler.lookups!.caseStatuses!(ctx));
      expect(error).toMatchObject({ kind: 'not_supported', message: expect.stringContaining('Invalid Operation') });
    });

    it('uses GetStatuses when a portal answers it', async () => {
      await start({ supportsGetStatuses: true });
      const statuses = await lawruler.lookups!.caseStatuses!(ctx);
      expect(statuses).toContainEqual({ id: '41', name: 'Signed', caseTypeId: '7', caseType: 'Auto Accident' });
      expect(statuses).toContainEqual({ id: '99', name: 'Do Not Contact' });
      expect(lawruler.lookups!.noteTypes).toBeUndefined();
    });
  });

  describe('the connection check', () => {
    it('reports each call: reads ok, GetStatuses not supported, writes skipped unless asked', async () => {
      const results = await lawruler.check!(ctx, {});
      expect(results.map((r) => [r.operation, r.outcome, r.documented])).toEqual([
        ['read_case', 'ok', true],
        ['list_statuses', 'not_supported', false],
        ['update_case_status', 'skipped', true],
        ['post_note', 'skipped', true],
      ]);
      expect(updates()).toHaveLength(0);
    });

    it('re-applies the current status and posts a test note when asked, reporting refusals with the message', async () => {
      fake.failNext({ status: 200, body: { Success: false, Message: 'You do not have permission to add notes' }, bodyIncludes: 'Conversation=' });
      const results = await lawruler.check!(ctx, { caseId: '120045', dryWrite: true, testNote: true });
      expect(results.map((r) => [r.operation, r.outcome])).toEqual([
        ['read_case', 'ok'],
        ['list_statuses', 'not_supported'],
        ['update_case_status', 'ok'],
        ['post_note', 'refused'],
      ]);
      expect(results[3].message).toContain('permission to add notes');
      expect(lead(120045)).toMatchObject({ Status: 'Pending Sign Up' });
    });
  });

  describe('refusals and failures', () => {
    const note = () => failureOf(run(lawruler.actions.post_note, { caseId: '120045', text: 'Hi' }));

    it.each([
      [{ Success: false, Message: 'API access is not enabled for this portal' }, 'auth'],
      [{ Success: false, Message: 'Rate limit exceeded, try again later' }, 'rate_limited'],
      [{ success: 'false', error: 'Something odd happened' }, 'permanent'],
      ['Invalid Key', 'auth'],
      ['<html><body>Server Error</body></html>', 'permanent'],
    ])('maps an HTTP 200 answer %p to GetStatus to %s', async (body, kind) => {
      fake.failNext({ status: 200, body });
      expect((await note()).kind).toBe(kind);
    });

    it('maps a 429 to rate_limited with Retry-After, and 500 and 503 to transient', async () => {
      fake.failNext({ status: 429, headers: { 'Retry-After': '12' } });
      expect(await note()).toMatchObject({ kind: 'rate_limited', retryAfterMs: 12_000 });
      fake.failNext({ status: 500 });
      expect((await note()).kind).toBe('transient');
      fake.failNext({ status: 503, headers: { 'Retry-After': '5' } });
      expect(await note()).toMatchObject({ kind: 'transient', retryAfterMs: 5000 });
    });

    it('never shows a credential, even when LawRuler echoes the form', async () => {
      fake.failNext({ status: 500 });
      const echoed = await note();
      expect(echoed.message).toContain('[redacted]');
      expectNoSecretLeak(echoed, secrets);

      fake.failNext({ status: 200, body: { Success: false, Message: `Key ${FAKE_LAWRULER_KEY} is not valid` } });
      const refusal = await note();
      expect(refusal.kind).toBe('auth');
      expectNoSecretLeak(refusal, secrets);
    });
  });

  it('builds the portal URL from the client root, or keeps the one given', () => {
    expect(lawRulerBaseUrl('YourFirm')).toBe('https://yourfirm.lawruler.com/');
    expect(lawruler.resolveBaseUrl!({ credentials: { clientRoot: 'SmithJones' } })).toBe('https://smithjones.lawruler.com/');
    expect(lawruler.resolveBaseUrl!({ baseUrl: 'https://x.lawruler.com/api-legalcrmapp.aspx', credentials: {} })).toBe('https://x.lawruler.com/');
  });
});
