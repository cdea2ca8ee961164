import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './port.util';
import { ServiceProcess } from './service-process';

const FERRETDB_BIN = join(__dirname, '../../.data/bin/ferretdb');

/** A private FerretDB (SQLite) on 127.0.0.1 that a test may stop and start; its data survives a restart. */
export class FerretDbProcess extends ServiceProcess {
  private readonly dir = mkdtempSync(join(tmpdir(), 'hub-ferretdb-'));

  static async create(): Promise<FerretDbProcess> {
    if (!existsSync(FERRETDB_BIN)) throw new Error(`${FERRETDB_BIN} is missing: run bash scripts/services.sh build-ferretdb`);
    return new FerretDbProcess(await freePort());
  }

  uri(database: string): string {
    return `mongodb://127.0.0.1:${this.port}/${database}`;
  }

  protected command(): [string, string[]] {
    return [FERRETDB_BIN, ['-listen-addr', `127.0.0.1:${this.port}`, '-sqlite-dir', this.dir]];
  }

  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
