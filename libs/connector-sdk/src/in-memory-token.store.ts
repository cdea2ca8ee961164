import type { TokenStore } from './token-store.type';

interface Entry {
  value: string;
  expiresAt: number;
}

/** A per-process TokenStore: enough for tests and for a single worker. */
export class InMemoryTokenStore implements TokenStore {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  async get(key: string): Promise<string | undefined> {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    if (ttlMs <= 0) {
      this.entries.delete(key);
      return;
    }
    this.entries.set(key, { value, expiresAt: this.now() + ttlMs });
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }

  /** Values currently held: lets tests check that no token leaks into an error. */
  values(): string[] {
    return [...this.entries.values()].map((entry) => entry.value);
  }
}
