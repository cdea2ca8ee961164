import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { HUB_CONFIG, HubConfig } from '@hub/common';
import { InjectRedis } from '@hub/redis';

// KEYS[1] the destination's in-flight counter. ARGV: max in flight, key TTL (ms). 1: admitted.
const ACQUIRE_SCRIPT = `
local inflight = tonumber(redis.call('GET', KEYS[1]) or '0')
if inflight >= tonumber(ARGV[1]) then return 0 end
redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1
`;

// KEYS[1] this second's request counter. ARGV: requests per second.
// 0: admitted; otherwise ms until the window reopens.
const RATE_SCRIPT = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if count >= tonumber(ARGV[1]) then return math.max(redis.call('PTTL', KEYS[1]), 1) end
redis.call('INCR', KEYS[1])
if count == 0 then redis.call('PEXPIRE', KEYS[1], 1000) end
return 0
`;

/**
 * Per-destination throttles shared by every worker process (they live in
 * Redis): a cap on attempts in flight, so a slow destination cannot hold every
 * worker slot, and at most N requests per second.
 */
@Injectable()
export class DeliveryRateLimiter {
  private readonly prefix: string;

  constructor(
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    @InjectRedis('delivery-limits') private readonly redis: Redis,
  ) {
    this.prefix = `${config.queuePrefix}:webhook-rate`;
  }

  /** Takes one of the destination's in-flight slots; false when all are taken. */
  async acquireSlot(destinationId: string): Promise<boolean> {
    // The TTL frees the slots of a worker that died mid-attempt.
    const ttlMs = this.config.webhookTimeoutMs + 10_000;
    const admitted = await this.redis.eval(
      ACQUIRE_SCRIPT,
      1,
      `${this.prefix}:${destinationId}:inflight`,
      this.config.webhookMaxInFlightPerEndpoint,
      ttlMs,
    );
    return admitted === 1;
  }

  async releaseSlot(destinationId: string): Promise<void> {
    await this.redis.decr(`${this.prefix}:${destinationId}:inflight`);
  }

  /** 0 when a request may go now under the per-second limit; otherwise ms to wait. */
  async admitRate(rateKey: string, perSecond: number | null): Promise<number> {
    if (!perSecond) return 0;
    return (await this.redis.eval(RATE_SCRIPT, 1, `${this.prefix}:${rateKey}:window`, perSecond)) as number;
  }
}
