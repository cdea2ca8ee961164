export type HubRole = 'api' | 'worker' | 'all';

export interface HubConfig {
  role: HubRole;
  port: number;
  mongodbUri: string;
  redisUrl: string;
  /** Prefix of every BullMQ key: lets several hubs (or test suites) share one Redis. */
  queuePrefix: string;
  adminToken: string | undefined;
  /** 32-byte key (hex or base64) for AES-256-GCM encryption of stored credentials. */
  encryptionKey: string | undefined;
  allowPrivateUrls: boolean;
  logLevel: string;
  /** Events still pending this long after they were stored are queued again. */
  pendingRequeueAfterMs: number;
  workerConcurrency: number;
}

export const HUB_CONFIG = Symbol('HUB_CONFIG');

export function loadHubConfig(env: NodeJS.ProcessEnv = process.env): HubConfig {
  return {
    role: parseRole(env.HUB_ROLE),
    port: Number(env.PORT ?? 3000),
    mongodbUri: env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017/kayse_hub',
    redisUrl: env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    queuePrefix: env.HUB_QUEUE_PREFIX ?? 'hub',
    adminToken: env.HUB_ADMIN_TOKEN || undefined,
    encryptionKey: env.HUB_ENCRYPTION_KEY || undefined,
    allowPrivateUrls: env.HUB_ALLOW_PRIVATE_URLS === 'true',
    logLevel: env.LOG_LEVEL ?? 'info',
    pendingRequeueAfterMs: Number(env.HUB_PENDING_REQUEUE_AFTER_MS ?? 30_000),
    workerConcurrency: Number(env.HUB_WORKER_CONCURRENCY ?? 20),
  };
}

function parseRole(value: string | undefined): HubRole {
  if (value === undefined || value === '') return 'all';
  if (value === 'api' || value === 'worker' || value === 'all') return value;
  throw new Error(`HUB_ROLE must be api, worker or all (got "${value}")`);
}
