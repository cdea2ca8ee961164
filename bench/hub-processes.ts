import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Redis from 'ioredis';
import mongoose from 'mongoose';

export const ROOT = join(__dirname, '..');
export const MONGO_BASE = process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017/kayse_hub';
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** One hub deployment: a database and a queue prefix of its own on the shared services. */
export interface HubEnv {
  mongodbUri: string;
  queuePrefix: string;
  adminToken: string;
  vars: NodeJS.ProcessEnv;
}

export function newHubEnv(label: string, extra: NodeJS.ProcessEnv = {}): HubEnv {
  const suffix = randomBytes(4).toString('hex');
  const url = new URL(MONGO_BASE);
  url.pathname = `/bench_${label}_${suffix}`;
  const adminToken = `admin_${randomBytes(16).toString('hex')}`;
  const queuePrefix = `bench-${label}-${suffix}`;
  const vars: NodeJS.ProcessEnv = {
    MONGODB_URI: url.toString(),
    REDIS_URL,
    HUB_QUEUE_PREFIX: queuePrefix,
    HUB_ADMIN_TOKEN: adminToken,
    HUB_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    HUB_ALLOW_PRIVATE_URLS: 'true',
    LOG_LEVEL: 'warn',
    TS_NODE_BASEURL: './dist',
    ...extra,
  };
  return { mongodbUri: url.toString(), queuePrefix, adminToken, vars };
}

/** Builds dist when a source file is newer than the last build. */
export function ensureBuild(): void {
  const built = join(ROOT, 'dist/apps/api/src/main.js');
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  if (builtAt > 0 && !['apps', 'libs', 'connectors'].some((dir) => newerThan(join(ROOT, dir), builtAt))) return;
  process.stderr.write('[bench] building dist (tsc -p tsconfig.build.json)\n');
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
}

function newerThan(dir: string, time: number): boolean {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'app') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory() ? newerThan(path, time) : entry.name.endsWith('.ts') && statSync(path).mtimeMs > time) return true;
  }
  return false;
}

export class HubProcess {
  private exited = false;

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    child.once('exit', () => (this.exited = true));
  }

  /** Starts `role` (api or worker) from dist; profileDir turns on --cpu-prof. */
  static start(name: string, role: 'api' | 'worker', env: HubEnv, options: { port?: number; profileDir?: string } = {}): HubProcess {
    const main = role === 'api' ? 'dist/apps/api/src/main.js' : 'dist/apps/worker/src/main.js';
    const profile = options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`, `--cpu-prof-name=${name}.cpuprofile`] : [];
    const child = spawn(process.execPath, [...profile, '-r', 'tsconfig-paths/register', main], {
      cwd: ROOT,
      env: { ...process.env, ...env.vars, HUB_ROLE: role, PORT: String(options.port ?? 0) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return new HubProcess(name, child);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** SIGTERM (the hub's graceful shutdown, which also writes the CPU profile), SIGKILL after 15 s. */
  async stop(): Promise<void> {
    if (this.exited) return;
    const done = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await done;
    clearTimeout(timer);
  }
}

export async function waitForReady(baseUrl: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(`${baseUrl}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${baseUrl} was not ready within ${timeoutMs} ms`);
}

/** Drops the database and every queue key of a deployment. */
export async function cleanUp(env: { mongodbUri: string; queuePrefix: string }): Promise<void> {
  const connection = await mongoose.createConnection(env.mongodbUri, { serverSelectionTimeoutMS: 3000 }).asPromise();
  await connection.dropDatabase().catch(() => undefined);
  await connection.close();
  await deleteKeys(`${env.queuePrefix}:*`);
}

export async function deleteKeys(pattern: string): Promise<void> {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  let cursor = '0';
  for (let i = 0; i < 100_000; i++) {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
    if (cursor === '0') break;
  }
  redis.disconnect();
}
