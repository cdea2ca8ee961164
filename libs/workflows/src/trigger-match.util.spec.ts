import type { AnyCanonicalEvent } from '@hub/events';
import { matchesTrigger } from './trigger-match.util';

const base = { id: 'e1', occurredAt: '2026-11-20T15:04:05.000Z', campaignId: 'c1', contact: { id: 'k1' } };
const call = (status: string) => ({ ...base, type: 'call.completed', data: { call: { status } } }) as AnyCanonicalEvent;
const reply = (bucket?: string) =>
  ({ ...base, type: 'message.received', data: { message: { channel: 'sms', bucket } } }) as AnyCanonicalEvent;
const handoff = { ...base, type: 'handoff.requested', data: { handoff: {} } } as AnyCanonicalEvent;
const form = (id: string) => ({ ...base, type: 'form.completed', data: { form: { id, status: 'completed' } } }) as AnyCanonicalEvent;
const withForm = { form: { id: 'f1' } };
const noForm = { form: null };

describe('matchesTrigger', () => {
  it('post_call_status fires on a chosen status only', () => {
    const trigger = { type: 'post_call_status', values: ['unsuccessful', 'disqualified'] } as const;
    expect(matchesTrigger({ ...trigger, values: [...trigger.values] }, call('unsuccessful'), noForm)).toBe(true);
    expect(matchesTrigger({ ...trigger, values: [...trigger.values] }, call('converted'), noForm)).toBe(false);
    expect(matchesTrigger({ ...trigger, values: [...trigger.values] }, reply('interested'), noForm)).toBe(false);
  });

  it('message_reply_bucket fires on a chosen bucket, custom ones included, not on a reply without a bucket', () => {
    const trigger = { type: 'message_reply_bucket' as const, values: ['not_interested', 'wants_a_callback'] };
    expect(matchesTrigger(trigger, reply('not_interested'), noForm)).toBe(true);
    expect(matchesTrigger(trigger, reply('wants_a_callback'), noForm)).toBe(true);
    expect(matchesTrigger(trigger, reply('interested'), noForm)).toBe(false);
    expect(matchesTrigger(trigger, reply(undefined), noForm)).toBe(false);
    expect(matchesTrigger(trigger, call('unsuccessful'), noForm)).toBe(false);
  });

  it('human_handoff fires on handoff.requested only', () => {
    expect(matchesTrigger({ type: 'human_handoff' }, handoff, noForm)).toBe(true);
    expect(matchesTrigger({ type: 'human_handoff' }, call('successful'), noForm)).toBe(false);
  });

  it("form_status fires only for the campaign's linked form", () => {
    const trigger = { type: 'form_status' as const, values: ['completed' as const] };
    expect(matchesTrigger(trigger, form('f1'), withForm)).toBe(true);
    expect(matchesTrigger(trigger, form('other'), withForm)).toBe(false);
    expect(matchesTrigger(trigger, form('f1'), noForm)).toBe(false);
  });
});
