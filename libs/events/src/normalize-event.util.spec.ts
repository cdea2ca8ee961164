import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CountryCode } from 'libphonenumber-js';
import {
  CALL_DIRECTIONS,
  CALL_STATUSES,
  FORM_STATUSES,
  HANDOFF_CHANNELS,
  INBOUND_EVENT_TYPES,
  MESSAGE_CHANNELS,
  type FieldError,
} from './event.type';
import { EVENT_CATALOG } from './event-catalog';
import { normalizeEvent } from './normalize-event.util';
import { schemaViolations } from './testing/schema-violations';

interface FixtureCase {
  name: string;
  options?: { defaultCountry: CountryCode };
  input: unknown;
  expected: { type: string };
}

const FIXTURES_DIR = join(__dirname, 'fixtures');
const fixtureCases = readdirSync(FIXTURES_DIR)
  .filter((file) => file.endsWith('.json'))
  .flatMap((file) =>
    (JSON.parse(readFileSync(join(FIXTURES_DIR, file), 'utf8')) as FixtureCase[]).map(
      (fixture) => [`${file}: ${fixture.name}`, fixture] as const,
    ),
  );

const schemaOf = (type: string): Record<string, unknown> =>
  EVENT_CATALOG.find((entry) => entry.type === type)?.schema as Record<string, unknown>;

function errorsOf(raw: unknown): FieldError[] {
  const result = normalizeEvent(raw);
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.event)}`);
  return result.errors;
}

const codesOf = (raw: unknown): Array<[string, string]> => errorsOf(raw).map(({ field, code }) => [field, code]);

/** A valid call.completed payload with some top-level properties replaced. */
function callEvent(overrides: Record<string, unknown> = {}, call: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'evt_1',
    type: 'call.completed',
    occurredAt: '2024-05-01T14:03:22.000Z',
    campaignId: 'cmp_1',
    contact: { id: 'ct_1' },
    data: { call: { status: 'successful', ...call } },
    ...overrides,
  };
}

describe('normalizeEvent', () => {
  describe('fixtures', () => {
    it('cover every inbound event type', () => {
      const covered = new Set(fixtureCases.map(([, fixture]) => fixture.expected.type));
      expect([...covered].sort()).toEqual([...INBOUND_EVENT_TYPES].sort());
    });

    it.each(fixtureCases)('%s', (_, { input, options, expected }) => {
      expect(normalizeEvent(input, options)).toStrictEqual({ ok: true, event: expected });
    });

    it.each(fixtureCases)('%s: expected output matches the catalog schema', (_, { expected }) => {
      expect(schemaViolations(schemaOf(expected.type), expected)).toEqual([]);
    });

    it.each(fixtureCases)('%s: normalizing the output again changes nothing', (_, { options, expected }) => {
      expect(normalizeEvent(expected, options)).toStrictEqual({ ok: true, event: expected });
    });
  });

  describe('input that is not an object', () => {
    it.each<unknown>([null, undefined, 'call.completed', 42, [], [callEvent()]])('rejects %j at the root', (raw) => {
      expect(errorsOf(raw)).toEqual([{ field: '(root)', code: 'invalid_type', message: expect.any(String) }]);
    });
  });

  describe('required fields', () => {
    it('reports every missing envelope field at once', () => {
      expect(codesOf({ data: { call: { status: 'successful' } } })).toEqual([
        ['id', 'required'],
        ['type', 'required'],
        ['occurredAt', 'required'],
        ['campaignId', 'required'],
        ['contact.id', 'required'],
      ]);
    });

    it('treats blank strings and null as missing', () => {
      expect(codesOf(callEvent({ id: '   ', type: ' ', occurredAt: null, campaignId: '', contact: { id: '\t' } }))).toEqual([
        ['id', 'required'],
        ['type', 'required'],
        ['occurredAt', 'required'],
        ['campaignId', 'required'],
        ['contact.id', 'required'],
      ]);
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['call.completed', {}, 'data.call.status'],
      ['message.received', { message: { body: 'hi' } }, 'data.message.channel'],
      ['message.sent', {}, 'data.message.channel'],
      ['form.completed', { form: { name: 'Intake' } }, 'data.form.id'],
    ])('requires the fields %s needs', (type, data, field) => {
      expect(codesOf(callEvent({ type, data }))).toEqual([[field, 'required']]);
    });

    it.each(['handoff.requested', 'call.transferred'])('needs no data for %s', (type) => {
      expect(normalizeEvent(callEvent({ type, data: undefined })).ok).toBe(true);
    });
  });

  describe('type', () => {
    it('rejects an unknown type and lists the known ones', () => {
      const [error] = errorsOf(callEvent({ type: 'call.started' }));
      expect(error.field).toBe('type');
      expect(error.code).toBe('unknown_type');
      for (const type of INBOUND_EVENT_TYPES) expect(error.message).toContain(type);
    });

    it('rejects hub event types, which producers do not send', () => {
      expect(codesOf(callEvent({ type: 'workflow.fired' }))).toEqual([['type', 'unknown_type']]);
    });

    it('rejects a type that is not a string', () => {
      expect(codesOf(callEvent({ type: 3 }))).toEqual([['type', 'invalid_type']]);
    });

    it('still checks the rest of the envelope when the type is unknown', () => {
      expect(codesOf(callEvent({ type: 'nope', occurredAt: 'never' }))).toEqual([
        ['type', 'unknown_type'],
        ['occurredAt', 'invalid_timestamp'],
      ]);
    });
  });

  describe('enums', () => {
    it.each<[string, Record<string, unknown>, string, string[]]>([
      ['call status', callEvent({}, { status: 'Voicemail' }), 'data.call.status', [...CALL_STATUSES]],
      ['call status given as a number', callEvent({}, { status: 7 }), 'data.call.status', [...CALL_STATUSES]],
      ['call direction', callEvent({}, { direction: 'sideways' }), 'data.call.direction', [...CALL_DIRECTIONS]],
      [
        'message channel',
        callEvent({ type: 'message.sent', data: { message: { channel: 'WhatsApp' } } }),
        'data.message.channel',
        [...MESSAGE_CHANNELS],
      ],
      [
        'handoff channel',
        callEvent({ type: 'handoff.requested', data: { handoff: { channel: 'fax' } } }),
        'data.handoff.channel',
        [...HANDOFF_CHANNELS],
      ],
      [
        'form status',
        callEvent({ type: 'form.completed', data: { form: { id: 'f1', status: 'started' } } }),
        'data.form.status',
        [...FORM_STATUSES],
      ],
    ])('rejects an unknown %s with invalid_enum naming the allowed values', (_, raw, field, allowed) => {
      const [error] = errorsOf(raw);
      expect(error).toMatchObject({ field, code: 'invalid_enum' });
      for (const value of allowed) expect(error.message).toContain(value);
    });

    it('never rejects a reply bucket: any text becomes its slug', () => {
      const raw = callEvent({ type: 'message.received', data: { message: { channel: 'sms', bucket: ' Spanish Speaker ' } } });
      const result = normalizeEvent(raw);
      expect(result.ok && result.event.data).toEqual({ message: { channel: 'sms', bucket: 'spanish_speaker' } });
    });

    it.each<unknown>(['', '  ', '!!!'])('drops a reply bucket %j that leaves no slug', (bucket) => {
      const result = normalizeEvent(callEvent({ type: 'message.received', data: { message: { channel: 'sms', bucket } } }));
      expect(result.ok && result.event.data).toStrictEqual({ message: { channel: 'sms' } });
    });

    it('rejects a reply bucket that is not text', () => {
      const raw = callEvent({ type: 'message.received', data: { message: { channel: 'sms', bucket: 4 } } });
      expect(codesOf(raw)).toEqual([['data.message.bucket', 'invalid_type']]);
    });
  });

  describe('field formats', () => {
    it.each<[string, Record<string, unknown>, string, string]>([
      ['a phone that cannot be a number', callEvent({ contact: { id: 'c', phone: '555-01' } }), 'contact.phone', 'invalid_phone'],
      ['a date that does not exist', callEvent({ occurredAt: '2024-02-30T10:00:00Z' }), 'occurredAt', 'invalid_timestamp'],
      ['a date in words', callEvent({ created_at: 'last Tuesday', occurredAt: undefined }), 'occurredAt', 'invalid_timestamp'],
      ['an email without a domain', callEvent({ contact: { id: 'c', email: 'maria@' } }), 'contact.email', 'invalid_email'],
      ['a negative duration', callEvent({}, { durationSec: -5 }), 'data.call.durationSec', 'invalid_number'],
      ['a duration in words', callEvent({}, { duration: 'two minutes' }), 'data.call.durationSec', 'invalid_number'],
      ['an ftp recording', callEvent({}, { recordingUrl: 'ftp://files.example/a.mp3' }), 'data.call.recordingUrl', 'invalid_url'],
      ['a relative recording', callEvent({}, { recording_url: '/recordings/a.mp3' }), 'data.call.recordingUrl', 'invalid_url'],
      ['an object as id', callEvent({ id: { value: 1 } }), 'id', 'invalid_type'],
      ['a number as a name', callEvent({ contact: { id: 'c', name: 42 } }), 'contact.name', 'invalid_type'],
      ['a contact that is not an object', callEvent({ contact: 'ct_1' }), 'contact', 'invalid_type'],
    ])('rejects %s', (_, raw, field, code) => {
      expect(codesOf(raw)).toEqual([[field, code]]);
    });

    it('reports data that is not an object along with what it lacks', () => {
      expect(codesOf(callEvent({ data: 'unsuccessful' }))).toEqual([
        ['data', 'invalid_type'],
        ['data.call.status', 'required'],
      ]);
    });
  });

  describe('lengths', () => {
    const long = (length: number): string => 'x'.repeat(length);

    it('accepts ids of 200 characters and texts of 10000', () => {
      const raw = callEvent({ id: long(200) }, { summary: long(10_000) });
      expect(normalizeEvent(raw).ok).toBe(true);
    });

    it.each<[string, Record<string, unknown>]>([
      ['id', callEvent({ id: long(201) })],
      ['campaignId', callEvent({ campaign_id: long(201), campaignId: undefined })],
      ['contact.crm.caseId', callEvent({ contact: { id: 'c', crm: { caseId: long(201) } } })],
      ['data.call.summary', callEvent({}, { summary: long(10_001) })],
      ['data.message.body', callEvent({ type: 'message.sent', data: { message: { channel: 'sms', body: long(10_001) } } })],
    ])('rejects an overlong %s', (field, raw) => {
      expect(codesOf(raw)).toEqual([[field, 'too_long']]);
    });

    it('measures length after trimming', () => {
      expect(normalizeEvent(callEvent({ id: ` ${long(200)} ` })).ok).toBe(true);
    });
  });

  it('collects every problem of a payload, in canonical field order', () => {
    const raw = {
      event_id: 'evt_9',
      event_type: 'Call Completed',
      occurred_at: 'soon',
      contact: { phone: 'call me', email: 'nope', lead_id: ['x'] },
      data: { status: 'Maybe', duration: -1, recording_url: 'nowhere' },
    };
    expect(codesOf(raw)).toEqual([
      ['occurredAt', 'invalid_timestamp'],
      ['campaignId', 'required'],
      ['contact.id', 'required'],
      ['contact.phone', 'invalid_phone'],
      ['contact.email', 'invalid_email'],
      ['contact.crm.caseId', 'invalid_type'],
      ['data.call.status', 'invalid_enum'],
      ['data.call.durationSec', 'invalid_number'],
      ['data.call.recordingUrl', 'invalid_url'],
    ]);
  });

  it('prefers the canonical nesting when a payload mixes forms', () => {
    const raw = callEvent({ data: { call: { status: 'converted' }, status: 'unsuccessful' }, call: { status: 'disqualified' } });
    const result = normalizeEvent(raw);
    expect(result.ok && result.event.data).toEqual({ call: { status: 'converted' } });
  });

  it('prefers a crm object over case ids set directly on the contact', () => {
    const result = normalizeEvent(callEvent({ contact: { id: 'c', leadId: 'L-1', crm: { case_id: 'C-1' } } }));
    expect(result.ok && result.event.contact).toEqual({ id: 'c', crm: { caseId: 'C-1' } });
  });

  it('does not change its input', () => {
    const raw = callEvent({ contact: { id: ' c ', phone: '(555) 555-0123' } });
    const copy = structuredClone(raw);
    normalizeEvent(raw);
    expect(raw).toEqual(copy);
  });
});
