import {
  FakeCrmServer,
  FakeFailure,
  FakeResponse,
  parseJsonBody,
  RecordedRequest,
  startFakeCrmServer,
} from '@hub/connector-sdk/testing';
import casesFixture from './fixtures/cases.json';
import statusesFixture from './fixtures/statuses.json';

export const FAKE___NAME___API_KEY = 'fake-__key__-api-key-0001';

export interface Fake__Name__State {
  cases: Array<(typeof casesFixture)[number]>;
  statuses: Array<(typeof statusesFixture)[number]>;
  notes: Array<{ id: string; caseId: string; text: string; subject?: string }>;
}

/** A stand-in for __Display__'s API on 127.0.0.1, seeded from ./fixtures. */
export interface Fake__Name__ {
  url: string;
  state: Fake__Name__State;
  requests: RecordedRequest[];
  failNext(failure: FakeFailure, times?: number): void;
  close(): Promise<void>;
}

export async function startFake__Name__(): Promise<Fake__Name__> {
  const state: Fake__Name__State = {
    cases: structuredClone(casesFixture),
    statuses: structuredClone(statusesFixture),
    notes: [],
  };
  const server: FakeCrmServer = await startFakeCrmServer((request) => handle(state, request));
  return {
    url: `${server.url}/`,
    state,
    requests: server.requests,
    failNext: (failure, times) => server.failNext(failure, times),
    close: () => server.close(),
  };
}

function handle(state: Fake__Name__State, request: RecordedRequest): FakeResponse {
  if (request.headers.authorization !== `Bearer ${FAKE___NAME___API_KEY}`) return { status: 401, body: { error: 'unauthorized' } };
  const route = `${request.method} ${request.path}`;
  if (route === 'GET /me') return { body: { name: '__Display__ sandbox' } };
  if (route === 'GET /statuses') return { body: state.statuses };
  const match = /^(GET|PUT|POST) \/cases\/([^/]+)(\/status|\/notes)?$/.exec(route);
  const found = match ? state.cases.find((item) => item.id === decodeURIComponent(match[2])) : undefined;
  if (!match || !found) return { status: 404, body: { error: 'not_found' } };
  if (match[1] === 'GET' && !match[3]) return { body: found };
  if (match[1] === 'PUT' && match[3] === '/status') {
    const { statusId } = parseJsonBody<{ statusId?: string }>(request);
    if (!state.statuses.some((status) => status.id === statusId)) {
      return { status: 422, body: { errors: [{ field: 'statusId', message: 'unknown status' }] } };
    }
    found.statusId = statusId as string;
    return { body: found };
  }
  if (match[1] === 'POST' && match[3] === '/notes') {
    const { text, subject } = parseJsonBody<{ text?: string; subject?: string }>(request);
    if (!text) return { status: 422, body: { errors: [{ field: 'text', message: 'required' }] } };
    const note = { id: `N-${state.notes.length + 1}`, caseId: found.id, text, subject };
    state.notes.push(note);
    return { status: 201, body: note };
  }
  return { status: 404, body: { error: 'not_found' } };
}
