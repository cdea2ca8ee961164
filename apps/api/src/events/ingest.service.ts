import { Injectable } from '@nestjs/common';
import { Types } from 'mongoose';
import { ErrorDetail, hubMetrics } from '@hub/common';
import { AnyCanonicalEvent, normalizeEvent } from '@hub/events';
import { CampaignRepository, EventRepository, NewEvent } from '@hub/persistence';
import { NewEventEnqueuer } from '@hub/core';
import { AuthContext } from '../auth/auth-context.type';
import { canSeeCampaign } from '../auth/campaign-scope.util';
import { IngestItemResult } from './ingest-result.type';

interface ValidItem {
  index: number;
  raw: Record<string, unknown>;
  event: AnyCanonicalEvent;
}

/**
 * Validates, stores, then queues. An event is acknowledged only after it is
 * written to MongoDB; if Redis cannot take it, it stays pending and the
 * worker's sweeper queues it later.
 */
@Injectable()
export class IngestService {
  constructor(
    private readonly events: EventRepository,
    private readonly campaigns: CampaignRepository,
    private readonly enqueuer: NewEventEnqueuer,
  ) {}

  async ingest(auth: AuthContext, items: unknown[]): Promise<IngestItemResult[]> {
    const results = new Array<IngestItemResult>(items.length);
    const valid: ValidItem[] = [];
    items.forEach((raw, index) => {
      const normalized = normalizeEvent(raw);
      if (normalized.ok) valid.push({ index, raw: raw as Record<string, unknown>, event: normalized.event });
      else results[index] = { index, id: rawId(raw), status: 'rejected', errors: normalized.errors };
    });

    const knownCampaigns = await this.knownCampaigns(auth, valid);
    const storable = valid.filter((item) => {
      if (knownCampaigns.has(item.event.campaignId)) return true;
      results[item.index] = { index: item.index, id: item.event.id, status: 'rejected', errors: [unknownCampaign(item.event.campaignId)] };
      return false;
    });

    const outcomes = await this.events.insertNew(auth.workspaceId, storable.map(toNewEvent), new Date());
    const inserted: Array<{ id: Types.ObjectId; type: string }> = [];
    storable.forEach((item, i) => {
      const outcome = outcomes[i];
      results[item.index] = { index: item.index, id: item.event.id, status: outcome.status === 'inserted' ? 'accepted' : 'duplicate' };
      if (outcome.status === 'inserted') inserted.push({ id: outcome.id, type: item.event.type });
    });

    await this.enqueuer.enqueue(auth.workspaceId, inserted);
    for (const result of results) hubMetrics.eventsIngested.inc({ outcome: result.status });
    return results;
  }

  private async knownCampaigns(auth: AuthContext, items: ValidItem[]): Promise<Set<string>> {
    const ids = [...new Set(items.map((i) => i.event.campaignId))].filter((id) => Types.ObjectId.isValid(id) && canSeeCampaign(auth, id));
    if (ids.length === 0) return new Set();
    const found = await Promise.all(ids.map((id) => this.campaigns.cachedById(auth.workspaceId, id)));
    return new Set(found.flatMap((campaign) => (campaign ? [campaign._id.toString()] : [])));
  }
}

function toNewEvent(item: ValidItem): NewEvent {
  const { event } = item;
  return {
    eventId: event.id,
    type: event.type,
    campaignId: event.campaignId,
    contactId: event.contact.id,
    occurredAt: new Date(event.occurredAt),
    raw: JSON.stringify(item.raw),
    normalized: event,
  };
}

function unknownCampaign(campaignId: string): ErrorDetail {
  return { field: 'campaignId', code: 'unknown_campaign', message: `No campaign "${campaignId}" in this workspace` };
}

function rawId(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const id = (raw as Record<string, unknown>).id ?? (raw as Record<string, unknown>).event_id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}
