import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { duplicateIndexes } from './duplicate-key.util';
import { StoredEvent } from './event.schema';
import { TenantRepository, WithId } from './tenant.repository';

export type NewEvent = Omit<StoredEvent, 'workspaceId' | 'state' | 'attempts' | 'enqueued' | 'receivedAt'>;
export type InsertOutcome = { status: 'inserted'; id: Types.ObjectId } | { status: 'duplicate' };


@Injectable()
export class EventRepository extends TenantRepository<StoredEvent> {
  constructor(@InjectModel(StoredEvent.name) model: Model<StoredEvent>) {
    super(model);
  }

  /**
   * Stores new events in one round trip. An event whose id the workspace has
   * already seen comes back as a duplicate; any other failure throws, so the
   * caller never acknowledges an event that was not written.
   */
  async insertNew(workspaceId: string, events: NewEvent[], receivedAt: Date): Promise<InsertOutcome[]> {
    if (events.length === 0) return [];
    const ws = new Types.ObjectId(workspaceId);
    const docs = events.map((event) => ({
      ...event,
      _id: new Types.ObjectId(),
      workspaceId: ws,
      state: 'pending' as const,
      enqueued: true,
      attempts: 0,
      receivedAt,
    }));
    let duplicates = new Set<number>();
    try {
      await this.model.collection.insertMany(docs, { ordered: false });
    } catch (error) {
      duplicates = duplicateIndexes(error) ?? throwAgain(error);
    }
    return docs.map((doc, index) => (duplicates.has(index) ? { status: 'duplicate' } : { status: 'inserted', id: doc._id }));
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
    const claimable = event && (event.state === 'pending' || (event.state === 'processing' && (event.lockedUntil?.getTime() ?? 0) < now.getTime()));
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

  /** Gives a claimed event back to the sweeper (or fails it for good) after a processing error. */
  async release(id: string, error: string, final: boolean): Promise<void> {
    await this.model
      .updateOne({ _id: new Types.ObjectId(id) }, { $set: { state: final ? 'failed' : 'pending', error, enqueued: false }, $unset: { lockedUntil: 1 } })
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
