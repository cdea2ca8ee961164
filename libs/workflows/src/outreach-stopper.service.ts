import { Injectable } from '@nestjs/common';
import type { AnyCanonicalEvent } from '@hub/events';
import { HubEventPublisher } from '@hub/outbound';
import { OutreachStop, OutreachStopRepository, StoppedBy } from '@hub/persistence';

type OutreachEventType = 'contact.calls_stopped' | 'contact.messaging_stopped' | 'contact.removed_from_campaign';

const EMITTED: Record<OutreachStop, { type: OutreachEventType; done: string; already: string }> = {
  calls: { type: 'contact.calls_stopped', done: 'Calls stopped', already: 'Calls were already stopped' },
  messaging: { type: 'contact.messaging_stopped', done: 'Messaging stopped', already: 'Messaging was already stopped' },
  enrollment: {
    type: 'contact.removed_from_campaign',
    done: 'Contact removed from the campaign',
    already: 'Contact was already removed from the campaign',
  },
};

/** stop_calls, stop_messaging, stop_campaign: idempotent, and each real change is announced. */
@Injectable()
export class OutreachStopper {
  constructor(
    private readonly stops: OutreachStopRepository,
    private readonly hubEvents: HubEventPublisher,
  ) {}

  async stop(workspaceId: string, event: AnyCanonicalEvent, kind: OutreachStop, by: StoppedBy): Promise<string> {
    const { type, done, already } = EMITTED[kind];
    const at = new Date();
    const stoppedBy = await this.stops.stop(workspaceId, event.campaignId, event.contact.id, kind, by, at);
    // A retry of the run that made the stop publishes again (idempotent by event id), in case the first try died before.
    if (stoppedBy.runId !== by.runId) return already;
    const { calls, messaging, enrolled } = await this.stops.state(workspaceId, event.campaignId, event.contact.id, { kind, at, by });
    await this.hubEvents.publish(workspaceId, {
      id: `${type}:${by.runId}`,
      type,
      occurredAt: new Date().toISOString(),
      campaignId: event.campaignId,
      contact: event.contact,
      data: { outreach: { calls, messaging, enrolled }, workflow: { id: by.workflowId, name: by.workflowName } },
    });
    return done;
  }
}
