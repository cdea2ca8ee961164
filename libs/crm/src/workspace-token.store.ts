import type { TokenStore } from '@hub/connector-sdk';

/** One workspace's view of the process-wide token cache: its keys never meet another's. */
export class WorkspaceTokenStore implements TokenStore {
  constructor(
    private readonly inner: TokenStore,
    private readonly namespace: string,
  ) {}

  get(key: string) {
    return this.inner.get(`${this.namespace}:${key}`);
  }

  set(key: string, value: string, ttlMs: number) {
    return this.inner.set(`${this.namespace}:${key}`, value, ttlMs);
  }

  delete(key: string) {
    return this.inner.delete(`${this.namespace}:${key}`);
  }
}
