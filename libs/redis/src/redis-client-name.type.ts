import type { RedisOptions } from 'ioredis';

/**
 * The hub's own Redis clients, one per use, each with the options that use
 * needs (BullMQ makes its connections itself). Cached reads and the CRM token
 * cache fail fast while Redis is down; the delivery limiter waits for it.
 */
export const REDIS_CLIENT_OPTIONS = {
  /** Workspace configuration versions (WorkspaceConfigCache): connected explicitly, no offline queue. */
  'config-versions': { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false },
  /** CRM auth tokens shared by every process. */
  'crm-tokens': { lazyConnect: true, maxRetriesPerRequest: 1 },
  /** Per-destination in-flight and rate counters of webhook deliveries. */
  'delivery-limits': { lazyConnect: true, maxRetriesPerRequest: null },
} satisfies Record<string, RedisOptions>;

export type RedisClientName = keyof typeof REDIS_CLIENT_OPTIONS;
