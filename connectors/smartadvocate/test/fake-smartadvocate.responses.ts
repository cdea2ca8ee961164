import type { FakeResponse } from '@hub/connector-sdk/testing';

/** Answers shaped like ASP.NET Core's, which CaseSyncAPI is built on. */

export function notFound(): FakeResponse {
  return {
    status: 404,
    body: { type: 'https://tools.ietf.org/html/rfc7231#section-6.5.4', title: 'Not Found', status: 404 },
  };
}

export function badRequest(field: string, message: string): FakeResponse {
  return {
    status: 400,
    body: {
      type: 'https://tools.ietf.org/html/rfc7231#section-6.5.1',
      title: 'One or more validation errors occurred.',
      status: 400,
      errors: { [field]: [message] },
    },
  };
}

export function forbidden(detail: string): FakeResponse {
  return { status: 403, body: { title: 'Forbidden', status: 403, detail } };
}

export function unauthorized(): FakeResponse {
  return { status: 401, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } };
}

export function ok(body: unknown): FakeResponse {
  return { status: 200, body };
}
