import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import type { HubConfig } from '@hub/common';
import { waitFor } from './hub-test-app';

const ROOT = join(__dirname, '../..');

/** The env a separate worker process needs to share a test hub's database, queues and key. */
export function workerEnv(config: Partial<HubConfig>): NodeJS.ProcessEnv {
  return {
    MONGODB_URI: config.mongodbUri,
    REDIS_URL: config.redisUrl,
    HUB_QUEUE_PREFIX: config.queuePrefix,
    HUB_ENCRYPTION_KEY: config.encryptionKey,
    HUB_ALLOW_PRIVATE_URLS: 'true',
    LOG_LEVEL: 'silent',
    ...(config.pendingRequeueAfterMs !== undefined && { HUB_PENDING_REQUEUE_AFTER_MS: String(config.pendingRequeueAfterMs) }),
    ...(config.eventLockMs !== undefined && { HUB_EVENT_LOCK_MS: String(config.eventLockMs) }),
    ...(config.crmTimeoutMs !== undefined && { HUB_CRM_TIMEOUT_MS: String(config.crmTimeoutMs) }),
    ...(config.actionAttempts !== undefined && { HUB_ACTION_ATTEMPTS: String(config.actionAttempts) }),
    ...(config.actionBackoffMs !== undefined && { HUB_ACTION_BACKOFF_MS: String(config.actionBackoffMs) }),
    ...(config.workerConcurrency !== undefined && { HUB_WORKER_CONCURRENCY: String(config.workerConcurrency) }),
  };
}

/**
 * The hub's worker (apps/worker/src/main.ts) as a child process, from the
 * sources (ts-node), so a test can SIGKILL or SIGTERM it mid-job.
 */
export class WorkerProcess {
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(private readonly child: ChildProcess) {
    this.exit = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  static start(config: Partial<HubConfig>): WorkerProcess {
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/worker/src/main.ts'],
      {
        cwd: ROOT,
        env: { ...process.env, TS_NODE_BASEURL: '', ...workerEnv(config) },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    return new WorkerProcess(child);
  }

  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** SIGKILL if still running (teardown). */
  async ensureStopped(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exit;
  }
}

/** Waits until `count` workers are connected to the events queue. */
export async function waitForWorkers(config: Partial<HubConfig>, count: number, timeoutMs = 60_000): Promise<void> {
  const queue = new Queue('events', { prefix: config.queuePrefix, connection: { url: config.redisUrl } });
  try {
    await waitFor(async () => (await queue.getWorkersCount()) >= count, timeoutMs, 250);
  } finally {
    await queue.close();
  }
}
