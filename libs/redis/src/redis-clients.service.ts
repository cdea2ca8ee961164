import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { HUB_CONFIG, HubConfig, redisOptionsFromUrl } from '@hub/common';
import { REDIS_CLIENT_OPTIONS, RedisClientName } from './redis-client-name.type';

/**
 * Builds each named client once, logs its failures (once per outage, not once
 * per reconnect attempt) and closes them all at shutdown: the one place the
 * hub's own Redis connections are made and ended.
 */
@Injectable()
export class RedisClients implements OnApplicationShutdown {
  private readonly logger = new Logger(RedisClients.name);
  private readonly clients = new Map<RedisClientName, Redis>();

  constructor(@Inject(HUB_CONFIG) private readonly config: HubConfig) {}

  get(name: RedisClientName): Redis {
    let client = this.clients.get(name);
    if (!client) {
      client = new Redis({ ...redisOptionsFromUrl(this.config.redisUrl), ...REDIS_CLIENT_OPTIONS[name] });
      this.watch(name, client);
      this.clients.set(name, client);
    }
    return client;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.clients.values()].map((client) => close(client)));
    this.clients.clear();
  }

  private watch(name: RedisClientName, client: Redis): void {
    let down = false;
    client.on('error', (error: Error) => {
      if (down) return;
      down = true;
      this.logger.warn(`Redis client ${name}: ${error.message}`);
    });
    client.on('ready', () => {
      if (down) this.logger.log(`Redis client ${name} reconnected`);
      down = false;
    });
  }
}

/** QUIT lets pending replies arrive; a client that is not connected has nothing to wait for. */
async function close(client: Redis): Promise<void> {
  if (client.status !== 'ready') return client.disconnect();
  await client.quit().catch(() => client.disconnect());
}
