import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { HUB_CONFIG, HubConfig, redisOptionsFromUrl } from '@hub/common';

/** How long to wait when the in-flight cap is full: long enough not to spin, short enough to keep up. */
const IN_FLIGHT_RETRY_MS = 150;

// KEYS[1] in-flight counter, KEYS[2] this second's request counter.
// ARGV: max in flight, requests per second (0: no limit), in-flight key TTL (ms).
// Answers 0 when admitted, -1 when the in-flight cap is full, else ms until the window reopens.
const ADMIT_SCRIPT = `
local inflight = tonumber(redis.call('GET', KEYS[1]) or '0')
if inflight >= tonumber(ARGV[1]) then return -1 end
local limit = tonumber(ARGV[2])
if limit > 0 then
  local count = tonumber(redis.call('GET', KEYS[2]) or '0')
  if count >= limit then return math.max(redis.call('PTTL', KEYS[2]), 1) end
  redis.call('INCR', KEYS[2])
  if count == 0 then redis.call('PEXPIRE', KEYS[2], 1000) end
end
redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 0
`;

/**
 * Per-destination throttle shared by every worker process (it lives in
 * Redis): at most N requests per second, and a cap on attempts in flight so a
 * slow destination cannot hold every worker slot.
 */
@Injectable()
export class DeliveryRateLimiter implements OnApplicationShutdown {
  private readonly redis: Redis;
  private readonly prefix: string;

  constructor(@Inject(HUB_CONFIG) private readonly config: HubConfig) {
    this.redis = new Redis({ ...redisOptionsFromUrl(config.redisUrl), lazyConnect: true, maxRetriesPerRequest: null });
    this.prefix = `${config.queuePrefix}:webhook-rate`;
  }

  /** 0 when the attempt may go now; otherwise how many ms to wait before asking again. */
  async admit(rateKey: string, perSecond: number | null): Promise<number> {
    const inFlightTtl = this.config.webhookTimeoutMs + 10_000;
    const answer = (await this.redis.eval(
      ADMIT_SCRIPT,
      2,
      `${this.prefix}:${rateKey}:inflight`,
      `${this.prefix}:${rateKey}:window`,
      this.config.webhookMaxInFlightPerEndpoint,
      perSecond ?? 0,
      inFlightTtl,
    )) as number;
    return answer === -1 ? IN_FLIGHT_RETRY_MS : answer;
  }

  async release(rateKey: string): Promise<void> {
    await this.redis.decr(`${this.prefix}:${rateKey}:inflight`);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.redis.status !== 'wait') await this.redis.quit().catch(() => undefined);
  }
}
