import { IsString, MinLength } from 'class-validator';
import { ConnectorError } from './connector.error';
import { createConnectorContext } from './create-connector-context.util';
import { defineConnector } from './define-connector.util';
import { InMemoryTokenStore } from './in-memory-token.store';

class Credentials {
  @IsString()
  @MinLength(3)
  apiKey: string;
}

const definition = defineConnector<Credentials>({
  key: 'sample',
  displayName: 'Sample',
  version: '1.0.0',
  description: 'Sample',
  credentials: { schema: Credentials, secretFields: ['apiKey'] },
  verify: () => Promise.resolve({}),
  actions: {},
  testing: { sampleCredentials: { apiKey: 'key-123' }, sampleInputs: {} },
});

describe('createConnectorContext', () => {
  it('validates the credentials into an instance and builds the HTTP client', () => {
    const tokens = new InMemoryTokenStore();
    const ctx = createConnectorContext(definition, {
      baseUrl: 'https://crm.example/api/',
      credentials: { apiKey: 'key-123' },
      tokens,
      timeoutMs: 1234,
    });
    expect(ctx.credentials).toBeInstanceOf(Credentials);
    expect(ctx.tokens).toBe(tokens);
    expect(ctx.http.defaults.baseURL).toBe('https://crm.example/api/');
    expect(ctx.http.defaults.timeout).toBe(1234);
    expect(ctx.http.defaults.maxRedirects).toBe(0);
  });

  it('defaults to an in-memory token store and a 15 s timeout', () => {
    const ctx = createConnectorContext(definition, { baseUrl: 'https://crm.example', credentials: { apiKey: 'key-123' } });
    expect(ctx.tokens).toBeInstanceOf(InMemoryTokenStore);
    expect(ctx.http.defaults.timeout).toBe(15_000);
  });

  it('refuses credentials that do not match the schema, without echoing them', () => {
    const run = () => createConnectorContext(definition, { baseUrl: 'x', credentials: { apiKey: 'k', extra: 'sneaky-value' } });
    expect(run).toThrow(ConnectorError);
    expect(run).toThrow(expect.objectContaining({ kind: 'validation', message: expect.stringContaining('credentials') }));
  });
});
