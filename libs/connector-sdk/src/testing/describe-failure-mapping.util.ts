import type { AnyConnectorDefinition } from '../connector-definition.type';
import { ConnectorErrorKind, isConnectorError } from '../connector.error';
import { createConnectorContext } from '../create-connector-context.util';
import { credentialSecrets } from '../credential-secrets.util';
import { InMemoryTokenStore } from '../in-memory-token.store';
import { ContractOperation, contractOperations } from './contract-operations.util';
import { expectNoSecretLeak } from './expect-no-secret-leak.util';
import { echoBody, FakeCrmServer, FakeResponse, startFakeCrmServer } from './fake-crm.server';

/** Short, so that the "slow CRM" case costs little; the failing server answers far later. */
export const CONTRACT_TIMEOUT_MS = 300;

interface FailureScenario {
  name: string;
  failure: FakeResponse;
  expectedKinds(operation: ContractOperation): ConnectorErrorKind[];
  retryAfterMs?: number;
}

const SCENARIOS: FailureScenario[] = [
  { name: 'a 401 to auth', failure: { status: 401 }, expectedKinds: () => ['auth'] },
  {
    name: 'a 404 to not_found',
    failure: { status: 404 },
    // Verify has no record to miss: a 404 there may as well mean a wrong base URL or key.
    // A lookup's list route missing means the CRM has no such list.
    expectedKinds: (operation) =>
      operation.kind === 'verify' ? ['auth', 'not_found'] : operation.kind === 'lookup' ? ['not_found', 'not_supported'] : ['not_found'],
  },
  {
    name: 'a 429 with Retry-After: 7 to rate_limited after 7000 ms',
    failure: { status: 429, headers: { 'Retry-After': '7' } },
    expectedKinds: () => ['rate_limited'],
    retryAfterMs: 7000,
  },
  { name: 'a 500 to transient', failure: { status: 500 }, expectedKinds: () => ['transient'] },
  {
    name: 'an answer slower than the timeout to transient',
    failure: { status: 200, delayMs: CONTRACT_TIMEOUT_MS * 4, body: {} },
    expectedKinds: () => ['transient'],
  },
];

/** Every call the engine can make maps CRM failures to the SDK's kinds, without leaking secrets. */
export function describeFailureMapping(definition: AnyConnectorDefinition): void {
  describe.each(contractOperations(definition).map((operation) => [operation.label, operation] as const))(
    '%s',
    (_label, operation) => {
      let server: FakeCrmServer;
      let current: FakeResponse = { status: 500 };
      beforeAll(async () => {
        server = await startFakeCrmServer((request) => ({ body: echoBody(request), ...current }));
      });
      afterAll(() => server.close());

      it.each(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))('maps %s', async (_name, scenario) => {
        current = scenario.failure;
        const tokens = new InMemoryTokenStore();
        const ctx = createConnectorContext(definition, {
          baseUrl: `${server.url}/`,
          credentials: definition.testing.sampleCredentials,
          tokens,
          timeoutMs: CONTRACT_TIMEOUT_MS,
        });
        const error = await operation.run(ctx).then(
          () => undefined,
          (thrown: unknown) => thrown,
        );

        expect(isConnectorError(error)).toBe(true);
        if (!isConnectorError(error)) return;
        expect(scenario.expectedKinds(operation)).toContain(error.kind);
        expect(error.code).toBe(`connector.${error.kind}`);
        if (scenario.retryAfterMs !== undefined) expect(error.retryAfterMs).toBe(scenario.retryAfterMs);
        expectNoSecretLeak(error, [...credentialSecrets(definition, ctx.credentials), ...tokens.values()]);
      });
    },
  );
}
