import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './port.util';
import { ServiceProcess } from './service-process';

/** A private redis-server on 127.0.0.1 that a test may stop and start at will. */
export class RedisProcess extends ServiceProcess {
  private readonly dir = mkdtempSync(join(tmpdir(), 'hub-redis-'));

  static async create(): Promise<RedisProcess> {
    return new RedisProcess(await freePort());
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  protected command(): [string, string[]] {
    return ['redis-server', ['--bind', '127.0.0.1', '--port', String(this.port), '--dir', this.dir, '--save', '', '--appendonly', 'yes']];
  }
}
