import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { DUPLICATE_KEY, refusedDocuments } from './duplicate-key.util';
import { StoredEvent } from './event.schema';
import { GroupCommit } from './group-commit.util';
import { TenantRepository, WithId } from './tenant.repository';

export type NewEvent = Omit<StoredEvent, 'workspaceId' | 'state' | 'attempts' | 'enqueued' | 'receivedAt'>;
export type InsertOutcome = { status: 'inserted'; id: Types.ObjectId } | { status: 'duplicate' };

type EventDocument = Omit<StoredEvent, 'lockedUntil'> & { _id: Types.ObjectId; lockedUntil?: Date };

/** Inserts in flight at once, and documents per insert: what arrives meanwhile waits and goes out together. */
const INSERT_CONCURRENCY = 2;
const MAX_DOCS_PER_INSERT = 1000;

@Injectable()
export class EventRepository extends TenantRepository<StoredEvent> {
  constructor(@InjectModel(StoredEvent.name) model: Model<StoredEvent>) {
    super(model);
  }

  private readonly inserts = new GroupCommit<EventDocument[], InsertOutcome[]>((batches) => this.insertBatches(batches), {
    concurrency: INSERT_CONCURRENCY,
    maxSize: MAX_DOCS_PER_INSERT,
    size: (docs) => docs.length,
  });

  /**
   * Stores new events, in one round trip shared with the callers storing
   * events at the same moment (group commit). An event whose id the
   * workspace has already seen comes back as a duplicate; any other failure
   * throws, so the caller never acknowledges an event that was not written.
   * With `claimedUntil` the events are stored already claimed by the caller,
   * who processes them at once.
   */
  async insertNew(workspaceId: string, events: NewEvent[], receivedAt: Date, claimedUntil?: Date): Promise<InsertOutcome[]> {
    if (events.length === 0) return [];
    const ws = new Types.ObjectId(workspaceId);
    const docs: EventDocument[] = events.map((event) => ({
      ...event,
      _id: new Types.ObjectId(),
      workspaceId: ws,
      enqueued: true,
      receivedAt,
      ...(claimedUntil
        ? { state: 'processing' as const, lockedUntil: claimedUntil, attempts: 1 }
        : { state: 'pending' as const, attempts: 0 }),
    }));
    return this.inserts.submit(docs);
  }

  /**
   * One unordered insert for several callers: each gets its own outcomes, or the
   * error if one of its own documents was refused for another reason than a duplicate.
   */
  private async insertBatches(batches: EventDocument[][]): Promise<Array<InsertOutcome[] | Error>> {
    const all = batches.flat();
    let refused = new Map<number, number>();
    let failure: Error | undefined;
    try {
      await this.model.collection.insertMany(all, { ordered: false });
    } catch (error) {
      refused = refusedDocuments(error, all.length) ?? throwAgain(error);
      failure = error as Error;
    }
    let offset = 0;
    return batches.map((docs) => {
      const codes = docs.map((_, i) => refused.get(offset + i));
      offset += docs.length;
      if (failure && codes.some((code) => code !== undefined && code !== DUPLICATE_KEY)) return failure;
      return docs.map((doc, i): InsertOutcome =>
        codes[i] === DUPLICATE_KEY ? { status: 'duplicate' } : { status: 'inserted', id: doc._id },
      );
    });
  }

  async findByEventId(workspaceId: string, eventId: string): Promise<WithId<StoredEvent> | null> {
    return this.findOne(workspaceId, { eventId });
  }

  /**
   * Takes the event for processing unless another worker holds a live lock or
   * it is done. A read then a write by _id (the only filter FerretDB indexes):
   * two workers may both take an event in a race, which is safe because every
   * side effect of processing is an insert under a unique key.
   */
  async claim(workspaceId: string, id: string, lockMs: number, now = new Date()): Promise<WithId<StoredEvent> | null> {
    const event = await this.findById(workspaceId, id);
    const claimable =
      event && (event.state === 'pending' || (event.state === 'processing' && (event.lockedUntil?.getTime() ?? 0) < now.getTime()));
    if (!claimable) return null;
    const lockedUntil = new Date(now.getTime() + lockMs);
    await this.model.updateOne({ _id: event._id }, { $set: { state: 'processing', lockedUntil }, $inc: { attempts: 1 } }).exec();
    return { ...event, state: 'processing', lockedUntil, attempts: event.attempts + 1 };
  }

  /** After claim, which checked the workspace: by _id alone. */
  async markProcessed(id: string, at = new Date()): Promise<void> {
    await this.model
      .updateOne({ _id: new Types.ObjectId(id) }, { $set: { state: 'processed', processedAt: at }, $unset: { lockedUntil: 1, error: 1 } })
      .exec();
  }

  /** Across all workspaces (a system job): deletes processed events older than the cutoff; pending and failed ones stay. */
  async deleteProcessedBefore(cutoff: Date): Promise<number> {
    const result = await this.model.deleteMany({ state: 'processed', processedAt: { $lt: cutoff } }).exec();
    return result.deletedCount;
  }

  /** Gives a claimed event back to the sweeper (or fails it for good) after a processing error. */
  async release(id: string, error: string, final: boolean): Promise<void> {
    await this.model
      .updateOne(
        { _id: new Types.ObjectId(id) },
        { $set: { state: final ? 'failed' : 'pending', error, enqueued: false }, $unset: { lockedUntil: 1 } },
      )
      .exec();
  }

  async markNotEnqueued(workspaceId: string, ids: Types.ObjectId[]): Promise<void> {
    if (ids.length === 0) return;
    await this.model.updateMany(this.scope(workspaceId, { _id: { $in: ids } }), { $set: { enqueued: false } }).exec();
  }

  /**
   * Across all workspaces (a system job, not a tenant request): events the
   * queue never took, pending ones older than the grace period, and ones whose
   * worker died holding the lock.
   */
  async findRequeueCandidates(staleBefore: Date, now: Date, limit: number): Promise<WithId<StoredEvent>[]> {
    return this.model
      .find(
        {
          $or: [
            { state: 'pending', enqueued: false },
            { state: 'pending', receivedAt: { $lt: staleBefore } },
            { state: 'processing', lockedUntil: { $lt: now } },
          ],
        },
        { _id: 1, workspaceId: 1, eventId: 1, type: 1, attempts: 1 },
      )
      .sort({ receivedAt: 1 })
      .limit(limit)
      .lean<WithId<StoredEvent>[]>()
      .exec();
  }
}

function throwAgain(error: unknown): never {
  throw error;
}
