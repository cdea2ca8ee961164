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
  /** Where JSON log lines go; stdout when absent (tests capture them here). */
  logStream?: NodeJS.WritableStream;
  /** Events still pending this long after they were stored are queued again. */
  pendingRequeueAfterMs: number;
  /** How long a worker holds an event it processes; past it, another worker may take it over. */
  eventLockMs: number;
  workerConcurrency: number;
  /** Timeout of one call to a CRM. */
  crmTimeoutMs: number;
  /** How often the CRM mapping is synced from each connected CRM. */
  crmSyncIntervalMs: number;
  /** Attempts of one workflow action before it is failed. */
  actionAttempts: number;
  /** Base delay of the action retry backoff (doubles each attempt). */
  actionBackoffMs: number;
  /** Seconds before each webhook delivery attempt: the first is usually 0 (immediately). */
  webhookRetryScheduleSec: number[];
  webhookTimeoutMs: number;
  /** An endpoint failing every attempt for this long is disabled. */
  webhookDisableAfterMs: number;
  /** Delivery jobs run at once per worker process. */
  webhookConcurrency: number;
  /** Attempts in flight at once to one endpoint, across workers: a slow one cannot take every slot. */
  webhookMaxInFlightPerEndpoint: number;
  /** Webhook payloads older than this are purged; messages and attempts stay. */
  payloadRetentionDays: number;
  /** Processed events older than this are deleted (0: kept for ever); runs, stops and deliveries stay. */
  eventRetentionDays: number;
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
    eventLockMs: Number(env.HUB_EVENT_LOCK_MS ?? 60_000),
    workerConcurrency: Number(env.HUB_WORKER_CONCURRENCY ?? 20),
    crmTimeoutMs: Number(env.HUB_CRM_TIMEOUT_MS ?? 15_000),
    crmSyncIntervalMs: Number(env.HUB_CRM_SYNC_INTERVAL_MS ?? 3_600_000),
    actionAttempts: Number(env.HUB_ACTION_ATTEMPTS ?? 6),
    actionBackoffMs: Number(env.HUB_ACTION_BACKOFF_MS ?? 2_000),
    webhookRetryScheduleSec: parseSchedule(env.HUB_WEBHOOK_RETRY_SCHEDULE ?? '0,5,300,1800,7200,18000,36000,36000'),
    webhookTimeoutMs: Number(env.HUB_WEBHOOK_TIMEOUT_MS ?? 15_000),
    webhookDisableAfterMs: Number(env.HUB_WEBHOOK_DISABLE_AFTER_MS ?? 5 * 24 * 3600 * 1000),
    webhookConcurrency: Number(env.HUB_WEBHOOK_CONCURRENCY ?? 50),
    webhookMaxInFlightPerEndpoint: Number(env.HUB_WEBHOOK_MAX_IN_FLIGHT_PER_ENDPOINT ?? 5),
    payloadRetentionDays: Number(env.HUB_PAYLOAD_RETENTION_DAYS ?? 30),
    eventRetentionDays: Number(env.HUB_EVENT_RETENTION_DAYS ?? 90),
  };
}

function parseSchedule(value: string): number[] {
  const steps = value.split(',').map((part) => Number(part.trim()));
  if (steps.length === 0 || steps.some((step) => !Number.isFinite(step) || step < 0)) {
    throw new Error(`HUB_WEBHOOK_RETRY_SCHEDULE must be comma-separated seconds (got "${value}")`);
  }
  return steps;
}

function parseRole(value: string | undefined): HubRole {
  if (value === undefined || value === '') return 'all';
  if (value === 'api' || value === 'worker' || value === 'all') return value;
  throw new Error(`HUB_ROLE must be api, worker or all (got "${value}")`);
}
