import { Injectable } from '@nestjs/common';
import { ApiKeyRepository } from '@hub/persistence';
import { AuthContext } from './auth-context.type';
import { hashApiKey } from './api-key-secret.util';

const CACHE_TTL_MS = 10_000;
const TOUCH_EVERY_MS = 60_000;

interface CacheEntry {
  context: AuthContext | null;
  expiresAt: number;
}

/**
 * Resolves a bearer key to its workspace and role. Lookups are cached for a
 * few seconds so ingest does not pay a database round trip per request; a
 * deleted key is dropped from this process's cache at once, and from other
 * processes' caches within CACHE_TTL_MS.
 */
@Injectable()
export class ApiKeyAuthService {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly touchedAt = new Map<string, number>();

  constructor(private readonly keys: ApiKeyRepository) {}

  async authenticate(key: string): Promise<AuthContext | null> {
    const hash = hashApiKey(key);
    const now = Date.now();
    const cached = this.cache.get(hash);
    if (cached && cached.expiresAt > now) return cached.context;

    const found = await this.keys.findByHash(hash);
    const context: AuthContext | null = found && {
      workspaceId: found.workspaceId.toString(),
      keyId: found._id.toString(),
      keyLabel: found.label,
      role: found.role,
      campaignIds: found.campaignIds ?? [],
    };
    this.cache.set(hash, { context, expiresAt: now + CACHE_TTL_MS });
    if (found && now - (this.touchedAt.get(hash) ?? 0) > TOUCH_EVERY_MS) {
      this.touchedAt.set(hash, now);
      void this.keys.touch(found._id, new Date(now)).catch(() => undefined);
    }
    return context;
  }

  forget(keyId: string): void {
    for (const [hash, entry] of this.cache) {
      if (entry.context?.keyId === keyId) this.cache.delete(hash);
    }
  }
}
