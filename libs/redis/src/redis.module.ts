import { Inject, Module } from '@nestjs/common';
import { REDIS_CLIENT_OPTIONS, RedisClientName } from './redis-client-name.type';
import { RedisClients } from './redis-clients.service';

const token = (name: RedisClientName) => `REDIS_CLIENT:${name}`;

/** Injects the named client, e.g. `@InjectRedis('crm-tokens') redis: Redis`. */
export const InjectRedis = (name: RedisClientName): ParameterDecorator => Inject(token(name));

const clientProviders = (Object.keys(REDIS_CLIENT_OPTIONS) as RedisClientName[]).map((name) => ({
  provide: token(name),
  useFactory: (clients: RedisClients) => clients.get(name),
  inject: [RedisClients],
}));

/** The hub's own Redis clients (BullMQ's connections are its own). */
@Module({
  providers: [RedisClients, ...clientProviders],
  exports: clientProviders.map((provider) => provider.provide),
})
export class RedisModule {}
