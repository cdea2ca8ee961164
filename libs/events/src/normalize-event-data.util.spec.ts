import type { FieldError } from './event.type';
import { normalizeEventData } from './normalize-event-data.util';

function run(event: Record<string, unknown>, type: Parameters<typeof normalizeEventData>[0] = 'call.completed') {
  const errors: FieldError[] = [];
  return { data: normalizeEventData(type, event, errors), errors: errors.map(({ field, code }) => [field, code]) };
}

describe('normalizeEventData', () => {
  it.each<[string, Record<string, unknown>]>([
    ['nested in data', { data: { call: { status: 'Converted' } } }],
    ['at the top level', { call: { status: 'Converted' } }],
    ['flat in data', { data: { status: 'Converted' } }],
    ['in PascalCase', { Data: { Call: { Status: 'Converted' } } }],
  ])('finds the call fields %s', (_, event) => {
    expect(run(event)).toEqual({ data: { call: { status: 'converted' } }, errors: [] });
  });

  it('reports the canonical path whatever form the fields came in', () => {
    expect(run({ data: { status: 'Voicemail' } }).errors).toEqual([['data.call.status', 'invalid_enum']]);
  });

  it('keeps the bucket of a received message and drops it from a sent one', () => {
    const event = { data: { channel: 'sms', bucket: 'Interested' } };
    expect(run(event, 'message.received').data).toStrictEqual({ message: { channel: 'sms', bucket: 'interested' } });
    expect(run(event, 'message.sent').data).toStrictEqual({ message: { channel: 'sms' } });
  });

  it('defaults a form status to completed', () => {
    expect(run({ form: { form_id: 'f1' } }, 'form.completed').data).toStrictEqual({ form: { id: 'f1', status: 'completed' } });
  });

  it('builds empty handoff and transfer objects when nothing is given', () => {
    expect(run({}, 'handoff.requested')).toEqual({ data: { handoff: {} }, errors: [] });
    expect(run({}, 'call.transferred')).toEqual({ data: { transfer: {} }, errors: [] });
  });

  it('reads every call field and its aliases', () => {
    const call = {
      call_id: 31,
      callStatus: 'successful',
      durationSeconds: '90',
      direction: 'Inbound',
      summary: ' Short call ',
      recording_url: 'https://r.example/31.mp3',
      transcript: 'dropped',
    };
    expect(run({ data: { call } }).data).toStrictEqual({
      call: {
        id: '31',
        status: 'successful',
        durationSec: 90,
        direction: 'inbound',
        summary: 'Short call',
        recordingUrl: 'https://r.example/31.mp3',
      },
    });
  });
});
