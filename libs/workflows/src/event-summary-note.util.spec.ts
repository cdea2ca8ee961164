import type { AnyCanonicalEvent } from '@hub/events';
import { renderEventSummaryNote } from './event-summary-note.util';

const base = {
  id: 'e1',
  occurredAt: '2026-11-20T15:04:05.000Z',
  campaignId: 'c1',
  contact: { id: 'k1', name: 'Ada Client', phone: '+15555550123' },
};
const note = (event: object) =>
  renderEventSummaryNote({
    event: { ...base, ...event } as AnyCanonicalEvent,
    campaign: { id: 'c1', name: 'MVA leads' },
    workflow: { name: 'WF' },
  });

describe('renderEventSummaryNote', () => {
  it('says what happened, when, with the call summary', () => {
    expect(
      note({
        type: 'call.completed',
        data: { call: { status: 'unsuccessful', durationSec: 75, direction: 'outbound', summary: 'Left a voicemail.' } },
      }),
    ).toBe(
      [
        'Kayse AI — Call completed: Unsuccessful (75 s, outbound)',
        'When: 2026-11-20 15:04:05 UTC',
        'Contact: Ada Client, +15555550123',
        'Summary: Left a voicemail.',
        'Campaign: MVA leads',
        'Workflow: WF',
      ].join('\n'),
    );
  });

  it('quotes the message of a reply, with its bucket', () => {
    const text = note({
      type: 'message.received',
      data: { message: { channel: 'sms', body: 'Call me tomorrow', bucket: 'needs_follow_up' } },
    });
    expect(text).toContain('SMS reply received — bucket Needs Follow Up');
    expect(text).toContain('Message: Call me tomorrow');
  });

  it('gives the reason of a handoff and names a completed form', () => {
    expect(note({ type: 'handoff.requested', data: { handoff: { reason: 'Asked for a person', channel: 'sms' } } })).toContain(
      'Human handoff requested on sms\nWhen',
    );
    expect(note({ type: 'handoff.requested', data: { handoff: { reason: 'Asked for a person' } } })).toContain(
      'Reason: Asked for a person',
    );
    expect(note({ type: 'form.completed', data: { form: { id: 'form_1', status: 'completed' } } })).toContain('Form form_1 completed');
  });
});
