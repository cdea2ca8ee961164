/**
 * Where a connector keeps short-lived auth tokens between calls. Asynchronous because
 * the hub passes a Redis-backed store shared by its workers.
 */
export interface TokenStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
}
