import { AddressInfo } from 'node:net';
import http, { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';

export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. `/CaseSyncAPI/case/CaseInfo`. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface FakeResponse {
  status?: number;
  headers?: Record<string, string>;
  /** A string is sent as is, anything else as JSON. */
  body?: unknown;
  /** Answer this late: longer than the client's timeout simulates a hung CRM. */
  delayMs?: number;
}

export interface FakeFailure extends FakeResponse {
  status: number;
  /** Fail only requests whose path contains this; any request when absent. */
  pathIncludes?: string;
  /** Fail only requests whose body contains this (one endpoint, many operations). */
  bodyIncludes?: string;
  /** The request takes effect first, then this answer goes out: a write whose answer is lost. */
  applied?: boolean;
  /** Let this many matching requests through before failing. */
  skip?: number;
}

export type FakeHandler = (request: RecordedRequest) => FakeResponse | Promise<FakeResponse>;

/** A throwaway HTTP server on 127.0.0.1 that records requests and fails on demand. */
export interface FakeCrmServer {
  /** Origin, e.g. `http://127.0.0.1:41234`, without a trailing slash. */
  url: string;
  requests: RecordedRequest[];
  /** The next `times` matching requests get this answer instead of the normal one. */
  failNext(failure: FakeFailure, times?: number): void;
  close(): Promise<void>;
}

interface QueuedFailure {
  failure: FakeFailure;
  remaining: number;
  skip: number;
}

export async function startFakeCrmServer(handler: FakeHandler): Promise<FakeCrmServer> {
  const requests: RecordedRequest[] = [];
  const failures: QueuedFailure[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const server = http.createServer((req, res) => {
    void readRequest(req).then(async (request) => {
      requests.push(request);
      const queued = failures.find(
        ({ failure }) =>
          (!failure.pathIncludes || request.path.includes(failure.pathIncludes)) &&
          (!failure.bodyIncludes || request.body.includes(failure.bodyIncludes)),
      );
      // A handler bug answers 500 rather than leaving the client hanging.
      const handled = () =>
        Promise.resolve()
          .then(() => handler(request))
          .catch((error: unknown) => ({ status: 500, body: { message: `Fake server error: ${String(error)}` } }));
      let answer: FakeResponse;
      if (queued && queued.skip > 0) {
        queued.skip -= 1;
        answer = await handled();
      } else if (queued) {
        queued.remaining -= 1;
        if (queued.remaining === 0) failures.splice(failures.indexOf(queued), 1);
        if (queued.failure.applied) await handled();
        answer = { body: echoBody(request), ...queued.failure };
      } else {
        answer = await handled();
      }
      respondLater(res, answer, timers);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext(failure, times = 1) {
      failures.push({ failure, remaining: times, skip: failure.skip ?? 0 });
    },
    async close() {
      timers.forEach(clearTimeout);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Failures echo what they received, so a connector leaking a response body leaks its own secrets. */
export function echoBody(request: RecordedRequest): Record<string, unknown> {
  return {
    message: 'Simulated failure',
    echo: { authorization: request.headers.authorization ?? null, query: request.query, body: request.body },
  };
}

export function parseJsonBody<T = Record<string, unknown>>(request: RecordedRequest): T {
  return (request.body ? JSON.parse(request.body) : {}) as T;
}

export function parseFormBody(request: RecordedRequest): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(request.body));
}

async function readRequest(req: IncomingMessage): Promise<RecordedRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  return {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: req.headers,
    body: Buffer.concat(chunks).toString('utf8'),
  };
}

function respondLater(res: ServerResponse, answer: FakeResponse, timers: Set<NodeJS.Timeout>): void {
  if (!answer.delayMs) {
    respond(res, answer);
    return;
  }
  const timer = setTimeout(() => {
    timers.delete(timer);
    if (!res.destroyed) respond(res, answer);
  }, answer.delayMs);
  timers.add(timer);
}

function respond(res: ServerResponse, answer: FakeResponse): void {
  const isText = typeof answer.body === 'string';
  const payload = answer.body === undefined ? '' : isText ? (answer.body as string) : JSON.stringify(answer.body);
  const headers: Record<string, string> = {
    ...(payload ? { 'Content-Type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8' } : {}),
    ...answer.headers,
  };
  res.writeHead(answer.status ?? 200, headers);
  res.end(payload);
}
