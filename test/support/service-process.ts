import { ChildProcess, spawn } from 'node:child_process';
import { waitForPort } from './port.util';

/** A server a test runs as a child process on a port of its own, and may stop and start again. */
export abstract class ServiceProcess {
  private child?: ChildProcess;

  protected constructor(readonly port: number) {}

  protected abstract command(): [string, string[]];

  async start(): Promise<void> {
    const [bin, args] = this.command();
    this.child = spawn(bin, args, { stdio: 'ignore' });
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
}
