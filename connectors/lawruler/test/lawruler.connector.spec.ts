import { ActionDefinition, ConnectorContext, ConnectorError, createConnectorContext } from '@hub/connector-sdk';
import { lawruler, lawRulerBaseUrl, LawRulerCredentials } from '../src';
import { describeConnectorContract, expectNoSecretLeak, parseFormBody } from '@hub/connector-sdk/testing';
import { FAKE_LAWRULER_KEY, FakeLawRuler, startFakeLawRuler } from './fake-lawruler.server';

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

  beforeEach(async () => {
    fake = await startFakeLawRuler();
    ctx = createConnectorContext(lawruler, { baseUrl: fake.url, credentials });
  });
  afterEach(() => fake.close());

  const run = (action: ActionDefinition<LawRulerCredentials, object>, input: object) => action.run(ctx, input);
  const failureOf = (promise: Promise<unknown>) =>
    promise.then(
      () => Promise.reject(new Error('expected a failure')),
      (error: unknown) => error as ConnectorError,
    );
  const forms = () => fake.requests.map((request) => parseFormBody(request));
  const updates = () => forms().filter((form) => form.overridelead === 'true');
  const lead = (id: number) => fake.state.leads.find((item) => item.LeadID === id);

  describe('verify', () => {
    it('checks the key and names the portal', async () => {
      await expect(lawruler.verify(ctx)).resolves.toEqual({ accountLabel: 'samplefirm.lawruler.com (kayse-integration)' });
    });

    it('maps a refused key (HTTP 200, Success false) to auth, without the key', async () => {
      const wrong = createConnectorContext(lawruler, { baseUrl: fake.url, credentials: { ...credentials, key: 'WRONG-KEY-0001' } });
      const error = await failureOf(lawruler.verify(wrong));
      expect(error).toMatchObject({ kind: 'auth', message: expect.stringContaining('Invalid API Key') });
      expectNoSecretLeak(error, ['WRONG-KEY-0001']);
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
      expect(parseFormBody(update!)).toEqual({
        LeadID: '120045',
        Status: 'Signed',
        overridelead: 'true',
        ReturnJSON: 'True',
        Key: FAKE_LAWRULER_KEY,
      });
    });

    it('finds the status name from its id when the workflow gives none', async () => {
      await run(action, { caseId: '120046', statusId: '71' });
      expect(forms().map((form) => form.Operation ?? 'update')).toEqual(['GetStatus', 'GetStatuses', 'update']);
      expect(lead(120046)).toMatchObject({ StatusID: 71, Status: 'Qualified' });
    });

    it('changes nothing when the lead already has the status', async () => {
      const result = await run(action, { caseId: '120045', statusId: '40' });
      expect(result.summary).toBe('Lead 120045 already has status Pending Sign Up');
      expect(updates()).toHaveLength(0);
    });

    it('answers not_found for an unknown Lead ID, and never posts an update that could create a lead', async () => {
      const error = await failureOf(run(action, { caseId: '999999', statusId: '41', statusName: 'Signed' }));
      expect(error.kind).toBe('not_found');
      expect(updates()).toHaveLength(0);
    });

    it('refuses a status of another case type before posting', async () => {
      const error = await failureOf(run(action, { caseId: '120045', statusId: '71' }));
      expect(error).toMatchObject({ kind: 'validation', details: [{ field: 'statusId', message: expect.any(String) }] });
      expect(updates()).toHaveLength(0);
    });

    it('maps LawRuler refusing a status name to validation', async () => {
      const error = await failureOf(run(action, { caseId: '120045', statusId: '71', statusName: 'Qualified' }));
      expect(error).toMatchObject({ kind: 'validation', message: expect.stringContaining('Invalid Status') });
    });

    it('refuses a Lead ID that is not a number before calling LawRuler', async () => {
      const error = await failureOf(run(action, { caseId: 'abc', statusId: '41' }));
      expect(error).toMatchObject({ kind: 'validation', details: [{ field: 'caseId', message: expect.any(String) }] });
      expect(fake.requests).toHaveLength(0);
    });
  });

  describe('post_note', () => {
    const action = lawruler.actions.post_note;

    it('adds the note to the lead, subject first', async () => {
      const result = await run(action, { caseId: '120045', text: 'Asked for a call back.', subject: 'Kayse AI' });
      expect(fake.state.notes).toEqual([
        expect.objectContaining({ LeadID: 120045, Note: 'Kayse AI\nAsked for a call back.', NoteID: Number(result.externalId) }),
      ]);
      expect(result.summary).toBe('Note added to lead 120045');
    });

    it('answers not_found for an unknown Lead ID without posting', async () => {
      expect((await failureOf(run(action, { caseId: '999999', text: 'Hi' }))).kind).toBe('not_found');
      expect(fake.state.notes).toHaveLength(0);
      expect(updates()).toHaveLength(0);
    });
  });

  describe('lookups', () => {
    it('lists statuses with their case type', async () => {
      const statuses = await lawruler.lookups!.caseStatuses!(ctx);
      expect(statuses).toContainEqual({ id: '41', name: 'Signed', caseTypeId: '7', caseType: 'Auto Accident' });
      expect(statuses).toContainEqual({ id: '99', name: 'Do Not Contact' });
      expect(lawruler.lookups && 'noteTypes' in lawruler.lookups).toBe(false);
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
    ])('maps an HTTP 200 answer %p to %s', async (body, kind) => {
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

  it('builds the portal URL from the client root', () => {
    expect(lawRulerBaseUrl('YourFirm')).toBe('https://yourfirm.lawruler.com/');
  });
});
