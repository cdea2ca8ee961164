import type { TokenStore } from '@hub/connector-sdk';
import type { SecretBox } from '@hub/common';
import type Redis from 'ioredis';

/**
 * CRM auth tokens shared by every hub process, so one worker's token serves
 * the others until it expires. Tokens are secrets: stored encrypted.
 */
export class RedisTokenStore implements TokenStore {
  constructor(
    private readonly redis: Redis,
    private readonly secrets: SecretBox,
    private readonly prefix: string,
  ) {}

  async get(key: string): Promise<string | undefined> {
    const stored = await this.redis.get(this.prefix + key);
    return stored ? this.secrets.decrypt(stored) : undefined;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.redis.set(this.prefix + key, this.secrets.encrypt(value), 'PX', Math.max(1, Math.round(ttlMs)));
  }

  async delete(key: string): Promise<void> {
    await this.redis.del(this.prefix + key);
  }
}
