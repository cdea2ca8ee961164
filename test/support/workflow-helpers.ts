import { eventId } from './fixtures';
import type { TestHub } from './hub-test-app';
import { waitFor } from './hub-test-app';

export interface RunView {
  id: string;
  workflow: { id: string; name: string; card: { when: string; then: string } };
  event: { id: string; type: string };
  outcome: string;
  actions: Array<{ kind: string; status: string; reason: string | null; attempts: number; result: string | null }>;
}

/** Polls Reports → Workflows until the event's runs have all ended. */
export async function waitForRuns(
  hub: TestHub,
  auth: Record<string, string>,
  campaignId: string,
  eventIdValue: string,
  count = 1,
  timeoutMs = 20_000,
): Promise<RunView[]> {
  return waitFor(async () => {
    const res = await hub.http.get(`/v1/campaigns/${campaignId}/reports/workflows?limit=200`).set(auth);
    const runs = (res.body.runs as RunView[]).filter((r) => r.event.id === eventIdValue);
    return runs.length === count && runs.every((r) => r.outcome !== 'running') && runs;
  }, timeoutMs);
}

const base = (campaignId: string, contactId: string) => ({
  id: eventId(),
  occurredAt: '2026-11-20T15:04:05.000Z',
  campaignId,
  contact: { id: contactId, name: 'Ada Client', phone: '+15555550123', crm: { caseId: '9000002' } },
});

export const events = {
  call: (campaignId: string, contactId: string, status: string, caseId = '9000002') => ({
    ...base(campaignId, contactId),
    contact: { id: contactId, name: 'Ada Client', phone: '+15555550123', crm: { caseId } },
    type: 'call.completed',
    data: { call: { id: 'call_1', status, durationSec: 75, direction: 'outbound', summary: 'Left a voicemail.' } },
  }),
  reply: (campaignId: string, contactId: string, bucket: string) => ({
    ...base(campaignId, contactId),
    type: 'message.received',
    data: { message: { id: 'msg_1', channel: 'sms', body: 'Please stop texting me', bucket } },
  }),
  handoff: (campaignId: string, contactId: string) => ({
    ...base(campaignId, contactId),
    type: 'handoff.requested',
    data: { handoff: { reason: 'Client asked for a person', channel: 'sms' } },
  }),
  form: (campaignId: string, contactId: string, formId: string) => ({
    ...base(campaignId, contactId),
    type: 'form.completed',
    data: { form: { id: formId, status: 'completed' } },
  }),
};
