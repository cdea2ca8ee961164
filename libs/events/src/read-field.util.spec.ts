import type { FieldError } from './event.type';
import {
  readEmail,
  readEnum,
  readHttpUrl,
  readId,
  readNonNegativeNumber,
  readSlug,
  readText,
  targetsUnder,
  type FieldTarget,
} from './read-field.util';

type Reader = (raw: unknown, target: FieldTarget) => unknown;

function run(reader: Reader, raw: unknown): { value: unknown; codes: string[] } {
  const errors: FieldError[] = [];
  const value = reader(raw, { field: 'f', errors });
  return { value, codes: errors.map((error) => error.code) };
}

const ok = (value: unknown) => ({ value, codes: [] });
const fails = (code: string) => ({ value: undefined, codes: [code] });

describe('readId', () => {
  it.each<[unknown, unknown]>([
    [' evt_1 ', ok('evt_1')],
    [42, ok('42')],
    [0, ok('0')],
    [undefined, ok(undefined)],
    ['  ', ok(undefined)],
    [{}, fails('invalid_type')],
    [true, fails('invalid_type')],
    [Number.NaN, fails('invalid_type')],
    ['x'.repeat(201), fails('too_long')],
  ])('reads %j', (raw, expected) => {
    expect(run(readId, raw)).toEqual(expected);
  });

  it('reports a missing required id', () => {
    const errors: FieldError[] = [];
    expect(readId(null, { field: 'campaignId', errors }, true)).toBeUndefined();
    expect(errors).toEqual([{ field: 'campaignId', code: 'required', message: 'campaignId is required' }]);
  });
});

describe('readText', () => {
  it.each<[unknown, unknown]>([
    ['  hello  ', ok('hello')],
    ['', ok(undefined)],
    [5, fails('invalid_type')],
    ['x'.repeat(10_001), fails('too_long')],
  ])('reads %j', (raw, expected) => {
    expect(run(readText, raw)).toEqual(expected);
  });
});

describe('readEnum', () => {
  const readStatus: Reader = (raw, target) => readEnum(raw, ['needs_follow_up', 'do_not_contact'] as const, target);

  it.each<[unknown, unknown]>([
    ['Needs Follow Up', ok('needs_follow_up')],
    ['NEEDS-FOLLOW-UP', ok('needs_follow_up')],
    ['do_not_contact', ok('do_not_contact')],
    [undefined, ok(undefined)],
    ['maybe', fails('invalid_enum')],
    [1, fails('invalid_enum')],
  ])('reads %j', (raw, expected) => {
    expect(run(readStatus, raw)).toEqual(expected);
  });

  it('names the allowed values and the value given', () => {
    const errors: FieldError[] = [];
    readEnum('maybe', ['sms', 'email'], { field: 'data.message.channel', errors });
    expect(errors[0].message).toBe('data.message.channel must be one of sms, email (got "maybe")');
  });
});

describe('readSlug', () => {
  it.each<[unknown, unknown]>([
    ['Call back (Tuesday)!', ok('call_back_tuesday')],
    ['interested', ok('interested')],
    ['?!', ok(undefined)],
    [3, fails('invalid_type')],
  ])('reads %j', (raw, expected) => {
    expect(run(readSlug, raw)).toEqual(expected);
  });
});

describe('readNonNegativeNumber', () => {
  it.each<[unknown, unknown]>([
    [75, ok(75)],
    [0, ok(0)],
    [12.5, ok(12.5)],
    [' 75 ', ok(75)],
    ['', ok(undefined)],
    [-1, fails('invalid_number')],
    ['-1', fails('invalid_number')],
    ['1:15', fails('invalid_number')],
    [Number.POSITIVE_INFINITY, fails('invalid_number')],
    [true, fails('invalid_number')],
  ])('reads %j', (raw, expected) => {
    expect(run(readNonNegativeNumber, raw)).toEqual(expected);
  });
});

describe('readHttpUrl', () => {
  it.each<[unknown, unknown]>([
    [' https://r.example/a.mp3 ', ok('https://r.example/a.mp3')],
    ['http://r.example', ok('http://r.example')],
    ['ftp://r.example/a.mp3', fails('invalid_url')],
    ['javascript:alert(1)', fails('invalid_url')],
    ['r.example/a.mp3', fails('invalid_url')],
  ])('reads %j', (raw, expected) => {
    expect(run(readHttpUrl, raw)).toEqual(expected);
  });
});

describe('readEmail', () => {
  it.each<[unknown, unknown]>([
    [' Maria.Lopez@Example.COM ', ok('maria.lopez@example.com')],
    ['maria@example', fails('invalid_email')],
    ['maria lopez@example.com', fails('invalid_email')],
    ['@example.com', fails('invalid_email')],
  ])('reads %j', (raw, expected) => {
    expect(run(readEmail, raw)).toEqual(expected);
  });
});

describe('targetsUnder', () => {
  it('prefixes field names and shares the error list', () => {
    const errors: FieldError[] = [];
    expect(targetsUnder('data.call', errors)('status')).toEqual({ field: 'data.call.status', errors });
  });
});

describe('strings that are not well-formed Unicode', () => {
  it('refuses a lone surrogate in an id or a text instead of storing U+FFFD in its place', () => {
    expect(run(readId, 'evt_\uD800')).toEqual(fails('invalid_text'));
    expect(run(readText, 'hello \uDC00')).toEqual(fails('invalid_text'));
    expect(run(readText, 'emoji 😀 is fine')).toEqual(ok('emoji 😀 is fine'));
  });
});
