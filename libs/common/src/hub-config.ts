import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { HubEnvironment } from './hub-environment.dto';

export type HubRole = 'api' | 'worker' | 'all';

export interface HubConfig {
  role: HubRole;
  port: number;
  /** Address the API listens on. */
  host: string;
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

const DEFAULT_RETRY_SCHEDULE = '0,5,300,1800,7200,18000,36000,36000';

/** Thrown at boot when a variable does not follow its rule; names each variable and the value it had. */
export class HubConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'HubConfigError';
  }
}

/**
 * The one place the hub reads its environment: validates every variable
 * (HubEnvironment) and fills in the defaults. Processes call it once at boot;
 * tests and the bench build a HubConfig of their own from `defaultHubConfig()`.
 */
export function loadHubConfig(env: NodeJS.ProcessEnv = process.env): HubConfig {
  const given = Object.fromEntries(Object.entries(env).filter(([name, value]) => name in ENV_NAMES && value !== undefined && value !== ''));
  const parsed = plainToInstance(HubEnvironment, given);
  const errors = validateSync(parsed, { whitelist: true });
  if (errors.length > 0) {
    throw new HubConfigError(
      errors.map(
        (error) =>
          `${error.property}=${JSON.stringify(given[error.property])}: ${[...new Set(Object.values(error.constraints ?? {}))].join('; ')}`,
      ),
    );
  }
  const e = parsed;
  const d = defaultHubConfig();
  return {
    role: e.HUB_ROLE ?? d.role,
    port: e.PORT ?? d.port,
    host: e.HOST ?? d.host,
    mongodbUri: e.MONGODB_URI ?? d.mongodbUri,
    redisUrl: e.REDIS_URL ?? d.redisUrl,
    queuePrefix: e.HUB_QUEUE_PREFIX ?? d.queuePrefix,
    adminToken: e.HUB_ADMIN_TOKEN,
    encryptionKey: e.HUB_ENCRYPTION_KEY,
    allowPrivateUrls: e.HUB_ALLOW_PRIVATE_URLS === undefined ? d.allowPrivateUrls : e.HUB_ALLOW_PRIVATE_URLS === 'true',
    logLevel: e.LOG_LEVEL ?? d.logLevel,
    pendingRequeueAfterMs: e.HUB_PENDING_REQUEUE_AFTER_MS ?? d.pendingRequeueAfterMs,
    eventLockMs: e.HUB_EVENT_LOCK_MS ?? d.eventLockMs,
    workerConcurrency: e.HUB_WORKER_CONCURRENCY ?? d.workerConcurrency,
    crmTimeoutMs: e.HUB_CRM_TIMEOUT_MS ?? d.crmTimeoutMs,
    crmSyncIntervalMs: e.HUB_CRM_SYNC_INTERVAL_MS ?? d.crmSyncIntervalMs,
    actionAttempts: e.HUB_ACTION_ATTEMPTS ?? d.actionAttempts,
    actionBackoffMs: e.HUB_ACTION_BACKOFF_MS ?? d.actionBackoffMs,
    webhookRetryScheduleSec:
      e.HUB_WEBHOOK_RETRY_SCHEDULE === undefined ? d.webhookRetryScheduleSec : parseSchedule(e.HUB_WEBHOOK_RETRY_SCHEDULE),
    webhookTimeoutMs: e.HUB_WEBHOOK_TIMEOUT_MS ?? d.webhookTimeoutMs,
    webhookDisableAfterMs: e.HUB_WEBHOOK_DISABLE_AFTER_MS ?? d.webhookDisableAfterMs,
    webhookConcurrency: e.HUB_WEBHOOK_CONCURRENCY ?? d.webhookConcurrency,
    webhookMaxInFlightPerEndpoint: e.HUB_WEBHOOK_MAX_IN_FLIGHT_PER_ENDPOINT ?? d.webhookMaxInFlightPerEndpoint,
    payloadRetentionDays: e.HUB_PAYLOAD_RETENTION_DAYS ?? d.payloadRetentionDays,
    eventRetentionDays: e.HUB_EVENT_RETENTION_DAYS ?? d.eventRetentionDays,
  };
}

/** Every setting at its default, reading nothing: what tests and the bench start from. */
export function defaultHubConfig(): HubConfig {
  return {
    role: 'all',
    port: 3000,
    host: '127.0.0.1',
    mongodbUri: 'mongodb://127.0.0.1:27017/kayse_hub',
    redisUrl: 'redis://127.0.0.1:6379',
    queuePrefix: 'hub',
    adminToken: undefined,
    encryptionKey: undefined,
    allowPrivateUrls: false,
    logLevel: 'info',
    pendingRequeueAfterMs: 30_000,
    eventLockMs: 60_000,
    workerConcurrency: 20,
    crmTimeoutMs: 15_000,
    crmSyncIntervalMs: 3_600_000,
    actionAttempts: 6,
    actionBackoffMs: 2_000,
    webhookRetryScheduleSec: parseSchedule(DEFAULT_RETRY_SCHEDULE),
    webhookTimeoutMs: 15_000,
    webhookDisableAfterMs: 5 * 24 * 3600 * 1000,
    webhookConcurrency: 50,
    webhookMaxInFlightPerEndpoint: 5,
    payloadRetentionDays: 30,
    eventRetentionDays: 90,
  };
}

const ENV_NAMES: Record<keyof HubEnvironment, true> = {
  HUB_ROLE: true,
  PORT: true,
  HOST: true,
  MONGODB_URI: true,
  REDIS_URL: true,
  HUB_QUEUE_PREFIX: true,
  HUB_ADMIN_TOKEN: true,
  HUB_ENCRYPTION_KEY: true,
  HUB_ALLOW_PRIVATE_URLS: true,
  LOG_LEVEL: true,
  HUB_PENDING_REQUEUE_AFTER_MS: true,
  HUB_EVENT_LOCK_MS: true,
  HUB_WORKER_CONCURRENCY: true,
  HUB_CRM_TIMEOUT_MS: true,
  HUB_CRM_SYNC_INTERVAL_MS: true,
  HUB_ACTION_ATTEMPTS: true,
  HUB_ACTION_BACKOFF_MS: true,
  HUB_WEBHOOK_RETRY_SCHEDULE: true,
  HUB_WEBHOOK_TIMEOUT_MS: true,
  HUB_WEBHOOK_DISABLE_AFTER_MS: true,
  HUB_WEBHOOK_CONCURRENCY: true,
  HUB_WEBHOOK_MAX_IN_FLIGHT_PER_ENDPOINT: true,
  HUB_PAYLOAD_RETENTION_DAYS: true,
  HUB_EVENT_RETENTION_DAYS: true,
};

/** Already checked against its pattern: comma-separated non-negative numbers. */
function parseSchedule(value: string): number[] {
  return value.split(',').map((part) => Number(part.trim()));
}
