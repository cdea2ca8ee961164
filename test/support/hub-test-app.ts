import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import request from 'supertest';
import { defaultHubConfig, HubConfig, HubRole } from '@hub/common';
import { createHubApp } from '@hub/hub';

export const MONGO_BASE = process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017/kayse_hub';
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface TestHub {
  app: INestApplication;
  http: ReturnType<typeof request>;
  url: string;
  adminToken: string;
  config: Partial<HubConfig>;
  close(options?: { keepData?: boolean }): Promise<void>;
}

/** A database URI of its own for each suite, on the shared MongoDB-wire server. */
export function uniqueMongoUri(label: string): string {
  const url = new URL(MONGO_BASE);
  url.pathname = `/e2e_${label.replace(/\W/g, '_')}_${randomBytes(4).toString('hex')}`;
  return url.toString();
}

/**
 * Starts the real hub (API and worker, or one role) on 127.0.0.1 with its own
 * database and queue prefix, so suites never see each other's data or jobs.
 */
export async function startHub(label: string, options: { role?: HubRole; config?: Partial<HubConfig> } = {}): Promise<TestHub> {
  const logged = options.config?.logStream !== undefined;
  const adminToken = `admin_${randomBytes(16).toString('hex')}`;
  const config: Partial<HubConfig> = {
    mongodbUri: uniqueMongoUri(label),
    redisUrl: REDIS_URL,
    queuePrefix: `e2e-${label}-${randomBytes(3).toString('hex')}`,
    adminToken,
    logLevel: 'silent',
    encryptionKey: randomBytes(32).toString('hex'),
    allowPrivateUrls: true,
    pendingRequeueAfterMs: 5_000,
    eventLockMs: 5_000,
    ...options.config,
  };
  const app = await createHubApp({ ...defaultHubConfig(), ...config, role: options.role ?? 'all' }, { quiet: !logged });
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    http: request(app.getHttpServer()),
    url,
    adminToken,
    config,
    async close({ keepData = false } = {}) {
      await app.close();
      if (!keepData) await dropDatabase(config.mongodbUri!);
    },
  };
}

export async function dropDatabase(uri: string): Promise<void> {
  const connection = await mongoose.createConnection(uri, { serverSelectionTimeoutMS: 3000 }).asPromise();
  await connection.dropDatabase().catch(() => undefined);
  await connection.close();
}

export async function waitFor<T>(
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  timeoutMs = 20_000,
  everyMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`waitFor timed out after ${timeoutMs} ms${last ? `: ${(last as Error).message}` : ''}`);
}
