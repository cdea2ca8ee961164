import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const BOOLEAN = ['true', 'false'] as const;

/** A whole number given as text: "abc", "1.5" or one out of range fail instead of becoming NaN or 0. */
function WholeNumber(min: number, unit: string, max?: number): PropertyDecorator {
  const message = `must be a whole number ≥ ${min}${max === undefined ? '' : ` and ≤ ${max}`} (${unit})`;
  const rules = [
    IsOptional(),
    Type(() => Number),
    IsInt({ message }),
    Min(min, { message }),
    ...(max === undefined ? [] : [Max(max, { message })]),
  ];
  return (target, property) => rules.forEach((rule) => rule(target, property));
}

/**
 * The environment variables the hub reads, each with the rule its value must
 * follow. Validated once at boot (loadHubConfig); an absent or empty variable
 * takes its default.
 */
export class HubEnvironment {
  @IsOptional()
  @IsIn(['api', 'worker', 'all'], { message: 'must be api, worker or all' })
  HUB_ROLE?: 'api' | 'worker' | 'all';

  @WholeNumber(0, 'port', 65535)
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

  @WholeNumber(1, 'milliseconds')
  HUB_PENDING_REQUEUE_AFTER_MS?: number;

  @WholeNumber(1, 'milliseconds')
  HUB_EVENT_LOCK_MS?: number;

  @WholeNumber(1, 'jobs')
  HUB_WORKER_CONCURRENCY?: number;

  @WholeNumber(1, 'milliseconds')
  HUB_CRM_TIMEOUT_MS?: number;

  @WholeNumber(1, 'milliseconds')
  HUB_CRM_SYNC_INTERVAL_MS?: number;

  @WholeNumber(1, 'attempts')
  HUB_ACTION_ATTEMPTS?: number;

  @WholeNumber(0, 'milliseconds')
  HUB_ACTION_BACKOFF_MS?: number;

  @IsOptional()
  @Matches(/^\s*\d+(\.\d+)?(\s*,\s*\d+(\.\d+)?)*\s*$/, { message: 'must be comma-separated seconds, e.g. 0,5,300' })
  HUB_WEBHOOK_RETRY_SCHEDULE?: string;

  @WholeNumber(1, 'milliseconds')
  HUB_WEBHOOK_TIMEOUT_MS?: number;

  @WholeNumber(1, 'milliseconds')
  HUB_WEBHOOK_DISABLE_AFTER_MS?: number;

  @WholeNumber(1, 'jobs')
  HUB_WEBHOOK_CONCURRENCY?: number;

  @WholeNumber(1, 'attempts')
  HUB_WEBHOOK_MAX_IN_FLIGHT_PER_ENDPOINT?: number;

  @WholeNumber(0, 'days')
  HUB_PAYLOAD_RETENTION_DAYS?: number;

  @WholeNumber(0, 'days; 0 keeps them')
  HUB_EVENT_RETENTION_DAYS?: number;
}
