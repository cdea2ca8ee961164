import type { AnyCanonicalEvent } from '@hub/events';
import { NoteContext, renderNoteTemplate, templateVariables, unknownNoteVariables } from './note-template.util';

const event = {
  id: 'evt_1',
  type: 'call.completed',
  occurredAt: '2026-11-20T15:04:05.000Z',
  campaignId: 'c1',
  contact: { id: 'k1', name: 'Ada Client', phone: '+15555550123', crm: { caseId: '12345' } },
  data: { call: { status: 'unsuccessful', durationSec: 75, summary: 'Left a voicemail.' } },
} as AnyCanonicalEvent;
const ctx: NoteContext = { event, campaign: { id: 'c1', name: 'MVA leads' }, workflow: { name: 'Unsuccessful call' } };

describe('CRM note templates', () => {
  it('fills variables from the event, the campaign and the workflow', () => {
    expect(
      renderNoteTemplate(
        '{{contact.name}} ({{contact.caseId}}): {{ call.status }} after {{call.durationSec}} s on {{event.occurredAt}} — {{campaign.name}} / {{workflow.name}}',
        ctx,
      ),
    ).toBe('Ada Client (12345): unsuccessful after 75 s on 2026-11-20T15:04:05.000Z — MVA leads / Unsuccessful call');
  });

  it('shows "(none)" for a known variable without a value for this event, so a gap is visible', () => {
    expect(renderNoteTemplate('Bucket: {{message.bucket}}, email: {{contact.email}}', ctx)).toBe('Bucket: (none), email: (none)');
  });

  it('finds unknown variables at save time, once each', () => {
    expect(templateVariables('{{a}} {{ b.c }}')).toEqual(['a', 'b.c']);
    expect(unknownNoteVariables('Hi {{contact.nickname}} {{contact.name}} {{contact.nickname}} {{}}')).toEqual(['contact.nickname', '']);
    expect(unknownNoteVariables('No variables at all')).toEqual([]);
  });

  it('refuses to render an unknown variable rather than leaving a blank', () => {
    expect(() => renderNoteTemplate('{{contact.nickname}}', ctx)).toThrow('Unknown note variable {{contact.nickname}}');
  });
});
