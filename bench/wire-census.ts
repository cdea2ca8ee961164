import { AddressInfo, createConnection, createServer, Server, Socket } from 'node:net';
import mongoose from 'mongoose';

const { BSON } = mongoose.mongo;

const OP_MSG = 2013;
/** Commands that write, and the field of the body (or document sequence) that holds their statements. */
const STATEMENTS: Record<string, string> = { insert: 'documents', update: 'updates', delete: 'deletes' };
const READS = new Set(['find', 'getMore', 'aggregate', 'count', 'distinct']);

export interface WireTally {
  /** Commands by name (insert, update, find, …). */
  commands: Record<string, number>;
  /** Write statements: documents inserted, update and delete statements, findAndModify commands. */
  writes: number;
  reads: number;
}

/**
 * A MongoDB-wire proxy in front of the database that counts what a client
 * sends: commands by name, and write statements (an insertMany of 20 is 20
 * writes in one command). It parses OP_MSG, which every driver of this
 * server's era speaks; anything else is forwarded and not counted.
 */
export class WireCensus {
  private tally: WireTally = { commands: {}, writes: 0, reads: 0 };
  private readonly sockets = new Set<Socket>();

  private constructor(private readonly server: Server) {}

  static async start(target: string): Promise<WireCensus> {
    const upstream = new URL(target);
    const server = createServer();
    const census = new WireCensus(server);
    server.on('connection', (client) => {
      const db = createConnection(Number(upstream.port), upstream.hostname);
      census.sockets.add(client).add(db);
      let pending: Buffer = Buffer.alloc(0);
      client.on('data', (chunk: Buffer) => {
        db.write(chunk);
        pending = census.count(Buffer.concat([pending, chunk]));
      });
      db.pipe(client);
      const end = () => {
        client.destroy();
        db.destroy();
        census.sockets.delete(client);
        census.sockets.delete(db);
      };
      client.on('close', end).on('error', end);
      db.on('close', end).on('error', end);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return census;
  }

  /** `uri` (a database on the target) through the proxy. */
  uri(uri: string): string {
    const url = new URL(uri);
    url.host = `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return url.toString();
  }

  /** What was counted since the last take, and a fresh count from now on. */
  take(): WireTally {
    const taken = this.tally;
    this.tally = { commands: {}, writes: 0, reads: 0 };
    return taken;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Counts every whole message in `buffer`; returns the incomplete rest. */
  private count(buffer: Buffer): Buffer {
    let offset = 0;
    while (buffer.length - offset >= 16) {
      const length = buffer.readInt32LE(offset);
      if (buffer.length - offset < length) break;
      if (buffer.readInt32LE(offset + 12) === OP_MSG) this.countMessage(buffer.subarray(offset, offset + length));
      offset += length;
    }
    return buffer.subarray(offset);
  }

  private countMessage(message: Buffer): void {
    const checksum = (message.readUInt32LE(16) & 1) === 1 ? 4 : 0;
    let body: Record<string, unknown> | undefined;
    const sequences: Record<string, number> = {};
    for (let at = 20; at < message.length - checksum;) {
      const kind = message[at];
      const size = message.readInt32LE(at + 1);
      if (kind === 0) {
        body = BSON.deserialize(message.subarray(at + 1, at + 1 + size));
        at += 1 + size;
      } else {
        const nameEnd = message.indexOf(0, at + 5);
        const name = message.toString('utf8', at + 5, nameEnd);
        let documents = 0;
        for (let doc = nameEnd + 1; doc < at + 1 + size; doc += message.readInt32LE(doc)) documents++;
        sequences[name] = documents;
        at += 1 + size;
      }
    }
    if (!body) return;
    const command = Object.keys(body)[0];
    this.tally.commands[command] = (this.tally.commands[command] ?? 0) + 1;
    const field = STATEMENTS[command];
    if (field) this.tally.writes += sequences[field] ?? (Array.isArray(body[field]) ? (body[field] as unknown[]).length : 0);
    else if (command === 'findAndModify') this.tally.writes++;
    else if (READS.has(command)) this.tally.reads++;
  }
}
