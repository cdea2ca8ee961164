import {
  FakeCrmServer,
  FakeFailure,
  FakeResponse,
  parseJsonBody,
  RecordedRequest,
  startFakeCrmServer,
} from '../../../libs/connector-sdk/src/testing';
import { notFound, ok, unauthorized } from './fake-smartadvocate.responses';
import { routeCaseRequest } from './fake-smartadvocate.routes';
import { FAKE_SA_INFERRED_ROUTES, FakeSaInferredRoute, FakeSmartAdvocateState, initialFakeSmartAdvocateState, issueToken } from './fake-smartadvocate.state';

export { FAKE_SA_INFERRED_ROUTES, FAKE_SMARTADVOCATE_USER } from './fake-smartadvocate.state';
export type { FakeSaInferredRoute, FakeSmartAdvocateState } from './fake-smartadvocate.state';

/** A stand-in for a SmartAdvocate site's CaseSyncAPI on 127.0.0.1, seeded from ./fixtures. */
export interface FakeSmartAdvocate {
  /** Base URL the connector takes, ending with `/CaseSyncAPI/`. */
  url: string;
  state: FakeSmartAdvocateState;
  requests: RecordedRequest[];
  failNext(failure: FakeFailure, times?: number): void;
  /** Every token issued so far is refused from now on, as after a server restart. */
  expireTokens(): void;
  close(): Promise<void>;
}

export interface FakeSmartAdvocateOptions {
  /** Lifetime of issued tokens; SmartAdvocate's are about two hours. */
  tokenTtlSeconds?: number;
  /** Inferred routes to answer (`all` for every one); by default only the documented routes answer. */
  inferred?: readonly FakeSaInferredRoute[] | 'all';
  /** Inferred: how a permission refusal is answered. */
  permissionRefusalStatus?: 401 | 403;
}

const API_ROOT = '/CaseSyncAPI';

export async function startFakeSmartAdvocate(options: FakeSmartAdvocateOptions = {}): Promise<FakeSmartAdvocate> {
  const inferred = options.inferred === 'all' ? FAKE_SA_INFERRED_ROUTES : (options.inferred ?? []);
  const state = initialFakeSmartAdvocateState(options.tokenTtlSeconds ?? 7200, inferred, options.permissionRefusalStatus ?? 403);
  const server: FakeCrmServer = await startFakeCrmServer((request) => handle(state, request));
  return {
    url: `${server.url}${API_ROOT}/`,
    state,
    requests: server.requests,
    failNext: (failure, times) => server.failNext(failure, times),
    expireTokens() {
      for (const entry of state.tokens.values()) entry.expiresAt = 0;
    },
    close: () => server.close(),
  };
}

function handle(state: FakeSmartAdvocateState, request: RecordedRequest): FakeResponse {
  if (!request.path.toLowerCase().startsWith(`${API_ROOT.toLowerCase()}/`)) return notFound();
  const path = request.path.slice(API_ROOT.length);
  if (request.method === 'POST' && path.toLowerCase() === '/users/authenticate') return authenticate(state, request);
  const userID = signedInUser(state, request);
  if (userID === undefined) return unauthorized();
  return routeCaseRequest(state, request, path, userID);
}

function authenticate(state: FakeSmartAdvocateState, request: RecordedRequest): FakeResponse {
  const { Username, Password } = parseJsonBody<{ Username?: string; Password?: string }>(request);
  const user = state.users.find((item) => item.username === Username && item.password === Password);
  // Like the ASP.NET sample CaseSyncAPI follows, a wrong password is a 400, not a 401.
  if (!user) return { status: 400, body: { message: 'Username or password is incorrect' } };
  return ok({ username: user.username, userID: user.userID, token: issueToken(state, user.userID) });
}

function signedInUser(state: FakeSmartAdvocateState, request: RecordedRequest): number | undefined {
  const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
  const entry = token ? state.tokens.get(token) : undefined;
  return entry && entry.expiresAt > Date.now() ? entry.userID : undefined;
}
