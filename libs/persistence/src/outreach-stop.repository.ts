import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { isDuplicateKeyError } from './duplicate-key.util';
import { OUTREACH_STOPS, OutreachStop, outreachStopId, OutreachStopRecord, StoppedBy } from './outreach-stop.schema';
import { TenantRepository } from './tenant.repository';

export interface OutreachState {
  calls: 'active' | 'stopped';
  messaging: 'active' | 'stopped';
  enrolled: boolean;
  stops: Partial<Record<OutreachStop, { at: Date; by: StoppedBy }>>;
}

@Injectable()
export class OutreachStopRepository extends TenantRepository<OutreachStopRecord> {
  constructor(@InjectModel(OutreachStopRecord.name) model: Model<OutreachStopRecord>) {
    super(model);
  }

  /**
   * Records the stop, idempotently: answers who stopped that outreach, this
   * caller or whoever did it first.
   */
  async stop(
    workspaceId: string,
    campaignId: string,
    contactId: string,
    kind: OutreachStop,
    by: StoppedBy,
    at = new Date(),
  ): Promise<StoppedBy> {
    try {
      await this.create(workspaceId, {
        _id: outreachStopId(workspaceId, campaignId, contactId, kind),
        campaignId,
        contactId,
        kind,
        at,
        by,
      });
      return by;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const existing = await this.get(workspaceId, campaignId, contactId, kind);
      if (!existing) throw error;
      return existing.by;
    }
  }

  /** Removal from the campaign stops calls and messaging too. `known`: a stop the caller just recorded, not read again. */
  async state(
    workspaceId: string,
    campaignId: string,
    contactId: string,
    known?: { kind: OutreachStop; at: Date; by: StoppedBy },
  ): Promise<OutreachState> {
    const toRead = OUTREACH_STOPS.filter((kind) => kind !== known?.kind);
    const found = await Promise.all(toRead.map((kind) => this.get(workspaceId, campaignId, contactId, kind)));
    const records = [...found.filter((record): record is OutreachStopRecord => record !== null), ...(known ? [known] : [])];
    const stops = Object.fromEntries(records.map((r) => [r.kind, { at: r.at, by: r.by }])) as OutreachState['stops'];
    const removed = !!stops.enrollment;
    return {
      calls: stops.calls || removed ? 'stopped' : 'active',
      messaging: stops.messaging || removed ? 'stopped' : 'active',
      enrolled: !removed,
      stops,
    };
  }

  private get(workspaceId: string, campaignId: string, contactId: string, kind: OutreachStop): Promise<OutreachStopRecord | null> {
    return this.findOwned<OutreachStopRecord>(workspaceId, outreachStopId(workspaceId, campaignId, contactId, kind));
  }
}
