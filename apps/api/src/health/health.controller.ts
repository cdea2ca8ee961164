import { Controller, Get, Res } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { ApiTags } from '@nestjs/swagger';
import { InjectQueue } from '@nestjs/bullmq';
import type { Response } from 'express';
import { Connection } from 'mongoose';
import { Queue } from 'bullmq';
import { QUEUE } from '@hub/queue';
import { Access } from '../auth/access.decorator';

const CHECK_TIMEOUT_MS = 1500;

@ApiTags('health')
@Controller('health')
@Access('public')
export class HealthController {
  constructor(
    @InjectConnection() private readonly mongo: Connection,
    @InjectQueue(QUEUE.events) private readonly queue: Queue,
  ) {}

  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /** Ready when both MongoDB and Redis answer; 503 otherwise, with which one failed. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) response: Response) {
    const [mongodb, redis] = await Promise.all([
      check(async () => {
        if (!this.mongo.db) throw new Error('not connected');
        await this.mongo.db.admin().ping();
      }),
      check(async () => {
        const client = await this.queue.client;
        await client.runCommand('ping', []);
      }),
    ]);
    const ok = mongodb.status === 'up' && redis.status === 'up';
    response.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'unavailable', checks: { mongodb, redis } };
  }
}

async function check(probe: () => Promise<void>): Promise<{ status: 'up' | 'down'; error?: string }> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS);
      }),
    ]);
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}
