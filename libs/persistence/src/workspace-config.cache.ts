import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { HUB_CONFIG, HubConfig } from '@hub/common';
import { InjectRedis } from '@hub/redis';

/** Bounds how long a change whose invalidation could not reach Redis stays unseen. */
const MAX_AGE_MS = 30_000;
/** Past this many entries the cache starts over rather than growing without end. */
const MAX_ENTRIES = 20_000;

interface Entry {
  version: string;
  storedAt: number;
  value: unknown;
}

/**
 * Per-process cache of a workspace's configuration (campaigns, workflows, CRM
 * connection, webhook endpoints, Zapier hooks): the worker reads it for every
 * event, and each read is a round trip — a collection scan on FerretDB.
 *
 * Every write to those collections sets the workspace's version in Redis to a
 * new random value; a cached value is used only while the version it was read
 * under is still the current one, so every process sees a change at its next
 * read. Random versions rather than a counter: after Redis lost its data a
 * counter would start over and match values cached before.
 *
 * Cached values are shared between callers: treat them as read-only.
 */
@Injectable()
export class WorkspaceConfigCache {
  private readonly logger = new Logger(WorkspaceConfigCache.name);
  private readonly prefix: string;
  private readonly entries = new Map<string, Entry>();

  constructor(
    @Inject(HUB_CONFIG) config: HubConfig,
    @InjectRedis('config-versions') private readonly redis: Redis,
  ) {
    this.prefix = `${config.queuePrefix}:config-version:`;
  }

  /** The cached value of `key` for the workspace, loaded again after any change to its configuration. */
  async read<T>(workspaceId: string, key: string, load: () => Promise<T>): Promise<T> {
    const version = await this.version(workspaceId);
    if (version === null) return load();
    const cacheKey = `${workspaceId}:${key}`;
    const entry = this.entries.get(cacheKey);
    if (entry && entry.version === version && Date.now() - entry.storedAt < MAX_AGE_MS) return entry.value as T;
    const value = await load();
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(cacheKey, { version, storedAt: Date.now(), value });
    return value;
  }

  /** Called after every write to the workspace's configuration. */
  async changed(workspaceId: string): Promise<void> {
    try {
      await this.connected();
      await this.redis.set(this.prefix + workspaceId, randomUUID());
    } catch (error) {
      this.logger.warn(
        `configuration change of workspace ${workspaceId} not announced (${(error as Error).message}); workers see it within ${MAX_AGE_MS / 1000} s`,
      );
    }
  }

  /** The workspace's current version (set at first read when missing), or null when Redis cannot say. */
  private async version(workspaceId: string): Promise<string | null> {
    try {
      await this.connected();
      const fresh = randomUUID();
      const previous = await this.redis.set(this.prefix + workspaceId, fresh, 'NX', 'GET');
      return previous ?? fresh;
    } catch {
      return null;
    }
  }

  private connecting?: Promise<void>;

  private async connected(): Promise<void> {
    if (this.redis.status === 'wait') this.connecting ??= this.redis.connect().finally(() => (this.connecting = undefined));
    if (this.connecting) await this.connecting;
  }
}
