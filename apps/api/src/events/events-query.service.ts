import { Injectable } from '@nestjs/common';
import { HubError } from '@hub/common';
import { EventRepository } from '@hub/persistence';
import { AuthContext } from '../auth/auth-context.type';
import { canSeeCampaign } from '../auth/campaign-scope.util';

@Injectable()
export class EventsQueryService {
  constructor(private readonly events: EventRepository) {}

  async get(auth: AuthContext, eventId: string) {
    const stored = await this.events.findByEventId(auth.workspaceId, eventId);
    if (!stored || !canSeeCampaign(auth, stored.campaignId)) throw HubError.notFound('Event');
    return {
      id: stored.eventId,
      type: stored.type,
      campaignId: stored.campaignId,
      state: stored.state,
      attempts: stored.attempts,
      error: stored.error ?? null,
      receivedAt: stored.receivedAt,
      processedAt: stored.processedAt ?? null,
      normalized: stored.normalized,
      raw: JSON.parse(stored.raw) as unknown,
    };
  }
}
