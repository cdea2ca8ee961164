import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { Type } from 'class-transformer';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const BOOLEAN = ['true', 'false'] as const;

/**
 * The environment variables the hub reads, each with the rule its value must
 * follow. Validated once at boot (loadHubConfig); an absent or empty variable
 * takes its default. Numbers arrive as text and are converted first, so
 * "abc" or "1.5" fails instead of becoming NaN or 0.
 */
export class HubEnvironment {
  @IsOptional()
  @IsIn(['api', 'worker', 'all'], { message: 'must be api, worker or all' })
  HUB_ROLE?: 'api' | 'worker' | 'all';

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a port number' })
  @Min(0)
  @Max(65535)
  PORT?: number;

  @IsOptional()
  @Matches(/^\S+$/, { message: 'must be a host name or address' })
  HOST?: string;

  @IsOptional()
  @Matches(/^mongodb(\+srv)?:\/\/\S+$/, { message: 'must be a mongodb:// or mongodb+srv:// URI' })
  MONGODB_URI?: string;

  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  @IsOptional()
  @Matches(/^[\w.-]+$/, { message: 'must be letters, digits, "_", "." or "-"' })
  HUB_QUEUE_PREFIX?: string;

  @IsOptional()
  HUB_ADMIN_TOKEN?: string;

  @IsOptional()
  HUB_ENCRYPTION_KEY?: string;

  @IsOptional()
  @IsIn(BOOLEAN, { message: 'must be true or false' })
  HUB_ALLOW_PRIVATE_URLS?: (typeof BOOLEAN)[number];

  @IsOptional()
  @IsIn(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(1)
  HUB_PENDING_REQUEUE_AFTER_MS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(1)
  HUB_EVENT_LOCK_MS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  HUB_WORKER_CONCURRENCY?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(1)
  HUB_CRM_TIMEOUT_MS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(1)
  HUB_CRM_SYNC_INTERVAL_MS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  HUB_ACTION_ATTEMPTS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(0)
  HUB_ACTION_BACKOFF_MS?: number;

  @IsOptional()
  @Matches(/^\s*\d+(\.\d+)?(\s*,\s*\d+(\.\d+)?)*\s*$/, { message: 'must be comma-separated seconds, e.g. 0,5,300' })
  HUB_WEBHOOK_RETRY_SCHEDULE?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(1)
  HUB_WEBHOOK_TIMEOUT_MS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(1)
  HUB_WEBHOOK_DISABLE_AFTER_MS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  HUB_WEBHOOK_CONCURRENCY?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  HUB_WEBHOOK_MAX_IN_FLIGHT_PER_ENDPOINT?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of days' })
  @Min(0)
  HUB_PAYLOAD_RETENTION_DAYS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of days (0 keeps events)' })
  @Min(0)
  HUB_EVENT_RETENTION_DAYS?: number;
}
