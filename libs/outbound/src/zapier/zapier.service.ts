import { Inject, Injectable } from '@nestjs/common';
import { assertOutboundUrl, HUB_CONFIG, HubConfig, HubError } from '@hub/common';

import { EVENT_CATALOG } from '@hub/events';
import { EventRepository, WorkspaceRepository } from '@hub/persistence';
import { zapierPayload } from './zapier-payload.util';
import { ZapierSubscribeInput } from './zapier-subscription-input.type';
import { ZapierSubscriptionRepository } from './zapier-subscription.repository';

const SAMPLE_LIMIT = 10;

export interface ZapierCaller {
  workspaceId: string;
  keyId: string;
  keyLabel: string;
  /** Empty: every campaign. */
  campaignIds: string[];
}

/** The REST-hook side of the Zapier app: auth test, subscribe, unsubscribe, sample data. */
@Injectable()
export class ZapierService {
  constructor(
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    private readonly subscriptions: ZapierSubscriptionRepository,
    private readonly workspaces: WorkspaceRepository,
    private readonly events: EventRepository,
  ) {}

  async me(caller: ZapierCaller): Promise<{ workspace: { id: string; name: string }; key: { id: string; label: string }; label: string }> {
    const workspace = await this.workspaces.findById(caller.workspaceId);
    if (!workspace) throw HubError.notFound('Workspace');
    return {
      workspace: { id: caller.workspaceId, name: workspace.name },
      key: { id: caller.keyId, label: caller.keyLabel },
      label: `${workspace.name} (${caller.keyLabel})`,
    };
  }

  async subscribe(caller: ZapierCaller, input: ZapierSubscribeInput): Promise<{ id: string }> {
    await assertOutboundUrl(input.targetUrl, this.config.allowPrivateUrls, 'targetUrl');
    if (input.campaignId && caller.campaignIds.length > 0 && !caller.campaignIds.includes(input.campaignId)) {
      throw HubError.forbidden('This key may not see that campaign');
    }
    const created = await this.subscriptions.create(caller.workspaceId, {
      targetUrl: input.targetUrl,
      event: input.event,
      campaignId: input.campaignId ?? null,
      keyId: caller.keyId,
    });
    return { id: created._id.toString() };
  }

  async unsubscribe(caller: ZapierCaller, id: string): Promise<void> {
    if (!(await this.subscriptions.deleteById(caller.workspaceId, id))) throw HubError.notFound('Zapier subscription');
  }

  /** Recent real events of the type, newest first, shaped as the hook delivers them; the catalog's sample when there are none. */
  async samples(caller: ZapierCaller, eventType: string): Promise<Record<string, unknown>[]> {
    const entry = EVENT_CATALOG.find((candidate) => candidate.type === eventType);
    if (!entry) throw HubError.notFound('Event type');
    const filter: Record<string, unknown> = { type: eventType };
    if (caller.campaignIds.length > 0) filter.campaignId = { $in: caller.campaignIds };
    const stored = await this.events.find(caller.workspaceId, filter, { sort: { receivedAt: -1 }, limit: SAMPLE_LIMIT });
    if (stored.length === 0) {
      const sample = entry.sample as { id: string; type: string; occurredAt: string; campaignId?: string };
      return [zapierPayload({ ...sample, campaignId: sample.campaignId ?? null }, sample)];
    }
    return stored.map((event) =>
      zapierPayload(
        { id: event.eventId, type: event.type, occurredAt: event.occurredAt.toISOString(), campaignId: event.campaignId },
        event.normalized,
      ),
    );
  }
}
