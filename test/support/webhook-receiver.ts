import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  /** The raw body, exactly as sent (what a signature covers). */
  body: string;
  receivedAt: number;
}

export interface ReceiverReply {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Wait this long before answering (a slow endpoint); Infinity never answers. */
  delayMs?: number;
}

export type ReceiverHandler = (request: ReceivedRequest, index: number) => ReceiverReply;

/** A firm's webhook receiver on 127.0.0.1: records every request, answers what the test says. */
export class WebhookReceiver {
  /** Every receiver not closed yet: the e2e set-up closes what a failed test left open (test/support/close-leftovers.ts). */
  private static readonly open = new Set<WebhookReceiver>();
  readonly requests: ReceivedRequest[] = [];
  private handler: ReceiverHandler = () => ({ status: 200, body: 'ok' });

  private constructor(private readonly server: Server) {}

  static async start(handler?: ReceiverHandler): Promise<WebhookReceiver> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const request = {
          path: req.url ?? '/',
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          receivedAt: Date.now(),
        };
        const r = receiver;
        r.requests.push(request);
        const reply = r.handler(request, r.requests.length - 1);
        if (reply.delayMs === Infinity) return;
        setTimeout(() => {
          res.writeHead(reply.status, { 'content-type': 'text/plain', ...reply.headers });
          res.end(reply.body ?? '');
        }, reply.delayMs ?? 0);
      });
    });
    const receiver = new WebhookReceiver(server);
    WebhookReceiver.open.add(receiver);
    if (handler) receiver.respondWith(handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  url(path = '/hook'): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }

  respondWith(handler: ReceiverHandler): void {
    this.handler = handler;
  }

  /** Requests whose JSON body has this type (e.g. skipping test pings). */
  ofType(type: string): ReceivedRequest[] {
    return this.requests.filter((request) => (JSON.parse(request.body) as { type?: string }).type === type);
  }

  async waitForRequests(count: number, timeoutMs = 20_000): Promise<ReceivedRequest[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.requests.length < count) {
      if (Date.now() > deadline) throw new Error(`receiver got ${this.requests.length} of ${count} requests in ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return this.requests;
  }

  static async closeAll(): Promise<void> {
    await Promise.all([...WebhookReceiver.open].map((receiver) => receiver.close()));
  }

  async close(): Promise<void> {
    if (!WebhookReceiver.open.delete(this)) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
