import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';

interface WebhookBody {
  type?: string;
  data?: { id?: string; data?: { trigger?: { eventId?: string } } };
}

/**
 * The firm's webhook receiver: answers 200 at once and notes when each message
 * arrived, keyed by the inbound event it stems from (a workflow.fired carries
 * its trigger's id; any other event is keyed by its own id).
 */
export class BenchReceiver {
  readonly arrivals = new Map<string, number[]>();
  received = 0;

  private constructor(private readonly server: Server) {}

  static async start(): Promise<BenchReceiver> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        receiver.record(Buffer.concat(chunks).toString('utf8'));
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('ok');
      });
    });
    server.keepAliveTimeout = 60_000;
    const receiver = new BenchReceiver(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  url(path: string): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }

  private record(raw: string): void {
    this.received++;
    const body = JSON.parse(raw) as WebhookBody;
    const key = body.type === 'workflow.fired' ? body.data?.data?.trigger?.eventId : body.data?.id;
    if (!key) return;
    const list = this.arrivals.get(key) ?? [];
    list.push(Date.now());
    this.arrivals.set(key, list);
  }

  /** Resolves once every key has `perKey` arrivals; false when timeoutMs passes first. */
  async waitFor(keys: string[], perKey: number, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (keys.every((key) => (this.arrivals.get(key)?.length ?? 0) >= perKey)) return true;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return false;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
