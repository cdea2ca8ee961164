import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitForPort } from './port.util';

const FERRETDB_BIN = join(__dirname, '../../.data/bin/ferretdb');

/** A private FerretDB (SQLite) on 127.0.0.1 that a test may stop and start; its data survives a restart. */
export class FerretDbProcess {
  private child?: ChildProcess;
  private readonly dir = mkdtempSync(join(tmpdir(), 'hub-ferretdb-'));

  private constructor(readonly port: number) {}

  static async create(): Promise<FerretDbProcess> {
    if (!existsSync(FERRETDB_BIN)) throw new Error(`${FERRETDB_BIN} is missing: run bash scripts/services.sh build-ferretdb`);
    return new FerretDbProcess(await freePort());
  }

  uri(database: string): string {
    return `mongodb://127.0.0.1:${this.port}/${database}`;
  }

  async start(): Promise<void> {
    this.child = spawn(FERRETDB_BIN, ['-listen-addr', `127.0.0.1:${this.port}`, '-sqlite-dir', this.dir], { stdio: 'ignore' });
    await waitForPort(this.port, true);
  }

  async stop(): Promise<void> {
    if (!this.child) return;
    const exited = new Promise((resolve) => this.child!.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
    this.child = undefined;
    await waitForPort(this.port, false);
  }

  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
