import { createServer, request, Server } from 'node:http';
import { AddressInfo } from 'node:net';

/** A slow network in front of a local server: forwards each request after `delayMs`, so jobs stay in flight for a while. */
export class DelayingProxy {
  private constructor(private readonly server: Server) {}

  static async start(target: string, delayMs: number): Promise<DelayingProxy> {
    const origin = new URL(target);
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        setTimeout(() => {
          const upstream = request(
            { host: origin.hostname, port: origin.port, method: req.method, path: req.url, headers: req.headers },
            (answer) => {
              res.writeHead(answer.statusCode ?? 502, answer.headers);
              answer.pipe(res);
            },
          );
          upstream.on('error', () => res.destroy());
          upstream.end(Buffer.concat(chunks));
        }, delayMs);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new DelayingProxy(server);
  }

  /** The target URL's path on the proxy. */
  url(path: string): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
