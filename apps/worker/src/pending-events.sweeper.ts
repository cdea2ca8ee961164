import { Inject, Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { HUB_CONFIG, HubConfig } from '@hub/common';
import { EventRepository } from '@hub/persistence';
import { EventQueueProducer } from '@hub/queue';
import { sweepPauseMs } from './sweep-pace.util';

const SWEEP_EVERY_MS = 3000;
const SWEEP_BATCH = 500;

/**
 * Re-queues events that MongoDB holds but the queue lost or never got: the
 * queue was down at ingest, the job was removed, or its worker died. Safe to
 * run in every worker process at once: the job id dedupes the queue, and the
 * claim in EventProcessingService dedupes the processing. It never writes to
 * the events: a second writer racing the worker's claim could lose an update
 * on a database without atomic read-modify-write (FerretDB 1.x).
 */
@Injectable()
export class PendingEventsSweeper {
  private readonly logger = new Logger(PendingEventsSweeper.name);
  private running = false;
  private pausedUntil = 0;
  private lastSweepMs = 0;

  constructor(
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    private readonly events: EventRepository,
    private readonly queue: EventQueueProducer,
  ) {}

  @Interval(SWEEP_EVERY_MS)
  async tick(): Promise<void> {
    if (this.running || Date.now() < this.pausedUntil) return;
    this.running = true;
    const started = Date.now();
    try {
      await this.sweep();
      // Paced on success only (a sweep that failed, the database down, says nothing of its cost), by
      // the faster of the last two: one slow sweep, on a cold cache after a restart, holds nothing back.
      const tookMs = Date.now() - started;
      this.pausedUntil = Date.now() + sweepPauseMs(Math.min(tookMs, this.lastSweepMs), this.config.pendingRequeueAfterMs);
      this.lastSweepMs = tookMs;
    } catch (error) {
      this.logger.warn(`sweep skipped: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }

  async sweep(now = new Date()): Promise<number> {
    const staleBefore = new Date(now.getTime() - this.config.pendingRequeueAfterMs);
    const candidates = await this.events.findRequeueCandidates(staleBefore, now, SWEEP_BATCH);
    if (candidates.length === 0) return 0;
    await this.queue.addMany(
      candidates.map((e) => ({
        workspaceId: e.workspaceId.toString(),
        storedId: e._id.toString(),
        eventType: e.type,
        generation: e.attempts,
      })),
    );
    this.logger.log(`re-queued ${candidates.length} pending event(s)`);
    return candidates.length;
  }
}
