import type { TokenStore } from './token-store.type';

interface Entry {
  value: string;
  expiresAt: number;
}

/** A per-process TokenStore: enough for tests and for a single worker. */
export class InMemoryTokenStore implements TokenStore {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  get(key: string): Promise<string | undefined> {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= this.now()) this.entries.delete(key);
    return Promise.resolve(entry && entry.expiresAt > this.now() ? entry.value : undefined);
  }

  set(key: string, value: string, ttlMs: number): Promise<void> {
    if (ttlMs <= 0) this.entries.delete(key);
    else this.entries.set(key, { value, expiresAt: this.now() + ttlMs });
    return Promise.resolve();
  }

  delete(key: string): Promise<void> {
    this.entries.delete(key);
    return Promise.resolve();
  }

  /** Values currently held: lets tests check that no token leaks into an error. */
  values(): string[] {
    return [...this.entries.values()].map((entry) => entry.value);
  }
}
