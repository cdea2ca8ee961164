import { ConnectorError } from './connector.error';
import { createHttpClient } from './create-http-client.util';
import { REDACTED } from './redact-secrets.util';
import { echoBody, FakeCrmServer, FakeResponse, startFakeCrmServer } from './testing/fake-crm.server';

const SECRET = 'sup3r-s3cret-key';
const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJpZCI6IjEifQ.c2lnbmF0dXJl';

describe('createHttpClient', () => {
  let server: FakeCrmServer;
  let answer: FakeResponse = {};

  beforeAll(async () => {
    server = await startFakeCrmServer((request) => ({ body: echoBody(request), ...answer }));
  });
  afterAll(() => server.close());

  async function failureOf(response: FakeResponse, timeoutMs = 2000): Promise<ConnectorError> {
    answer = response;
    const client = createHttpClient({ baseURL: `${server.url}/api/`, timeoutMs, secrets: [SECRET] });
    try {
      await client.post('leads?Key=' + SECRET, new URLSearchParams({ Key: SECRET }), {
        headers: { Authorization: `Bearer ${TOKEN}` },
      });
    } catch (error) {
      return error as ConnectorError;
    }
    throw new Error('expected the call to fail');
  }

  it.each([
    [401, 'auth'],
    [403, 'auth'],
    [404, 'not_found'],
    [408, 'transient'],
    [500, 'transient'],
    [502, 'transient'],
    [400, 'validation'],
    [422, 'validation'],
    [409, 'permanent'],
    [302, 'permanent'],
  ])('maps HTTP %i to %s', async (status, kind) => {
    const error = await failureOf({ status, headers: status === 302 ? { Location: 'http://127.0.0.1:1/' } : {} });
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
  });

  it('maps 429 to rate_limited with Retry-After in seconds or as a date', async () => {
    expect((await failureOf({ status: 429, headers: { 'Retry-After': '7' } })).retryAfterMs).toBe(7000);
    const date = new Date(Date.now() + 60_000).toUTCString();
    const byDate = await failureOf({ status: 429, headers: { 'Retry-After': date } });
    expect(byDate.kind).toBe('rate_limited');
    expect(byDate.retryAfterMs).toBeGreaterThan(50_000);
  });

  it('keeps Retry-After on a 503', async () => {
    const error = await failureOf({ status: 503, headers: { 'Retry-After': '2' } });
    expect(error.kind).toBe('transient');
    expect(error.retryAfterMs).toBe(2000);
  });

  it('maps a timeout and a refused connection to transient', async () => {
    expect((await failureOf({ status: 200, delayMs: 500 }, 100)).kind).toBe('transient');
    const closed = createHttpClient({ baseURL: 'http://127.0.0.1:1/', secrets: [] });
    await expect(closed.get('x')).rejects.toMatchObject({ kind: 'transient', message: expect.stringContaining('ECONNREFUSED') });
  });

  it('names the method and path, never the query string, and redacts the echoed body', async () => {
    const error = await failureOf({ status: 500 });
    expect(error.message).toMatch(/^POST \/api\/leads answered HTTP 500: /);
    expect(error.message).toContain(REDACTED);
    for (const text of [error.message, JSON.stringify(error), String(error.stack)]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(TOKEN);
    }
  });

  it('carries no axios config, request or response', async () => {
    const error = await failureOf({ status: 500 });
    expect(Object.keys(error).sort()).toEqual(['code', 'details', 'kind', 'mayHaveApplied', 'name', 'status']);
    expect((error as unknown as Record<string, unknown>).cause).toBeUndefined();
  });

  it('reads field errors of a validation answer, redacted', async () => {
    const error = await failureOf({
      status: 400,
      body: { title: 'Invalid', errors: { NoteText: ['Required'], Key: [`${SECRET} is not valid`] } },
    });
    expect(error.details).toEqual([
      { field: 'NoteText', message: 'Required' },
      { field: 'Key', message: `${REDACTED} is not valid` },
    ]);
  });
});
