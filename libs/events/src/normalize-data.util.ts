import {
  CALL_DIRECTIONS,
  CALL_STATUSES,
  EventDataByType,
  FORM_STATUSES,
  HANDOFF_CHANNELS,
  InboundEventType,
  MESSAGE_CHANNELS,
} from './event.type';
import { Json, pick } from './keys.util';
import { ErrorBag, readEnum, readId, readNonNegative, readPhone, readText, readUrl } from './normalize-value.util';
import { toSlug } from './slugify.util';

/** Drops undefined fields so the canonical form has only what was sent. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function required<T>(value: T | undefined, raw: unknown, field: string, bag: ErrorBag): T | undefined {
  if (raw === undefined) bag.add(field, 'required', `${field} is required`);
  return value;
}

type DataNormalizer<T extends InboundEventType> = (group: Json, bag: ErrorBag) => EventDataByType[T];

export const DATA_GROUP: Record<InboundEventType, string> = {
  'call.completed': 'call',
  'call.transferred': 'transfer',
  'message.received': 'message',
  'message.sent': 'message',
  'handoff.requested': 'handoff',
  'form.completed': 'form',
};

const message = (group: Json, bag: ErrorBag, withBucket: boolean) => {
  const channel = pick(group, 'channel');
  const bucket = pick(group, 'bucket', 'replyBucket');
  return {
    message: compact({
      id: readId(pick(group, 'id', 'messageId'), 'data.message.id', bag, false),
      channel: required(readEnum(channel, MESSAGE_CHANNELS, 'data.message.channel', bag), channel, 'data.message.channel', bag)!,
      body: readText(pick(group, 'body', 'text'), 'data.message.body', bag),
      bucket: withBucket && typeof bucket === 'string' && toSlug(bucket) ? toSlug(bucket) : undefined,
    }),
  };
};

export const DATA_NORMALIZERS: { [T in InboundEventType]: DataNormalizer<T> } = {
  'call.completed': (group, bag) => {
    const status = pick(group, 'status', 'outcome');
    return {
      call: compact({
        id: readId(pick(group, 'id', 'callId'), 'data.call.id', bag, false),
        status: required(readEnum(status, CALL_STATUSES, 'data.call.status', bag), status, 'data.call.status', bag)!,
        durationSec: readNonNegative(pick(group, 'durationSec', 'duration', 'durationSeconds'), 'data.call.durationSec', bag),
        direction: readEnum(pick(group, 'direction'), CALL_DIRECTIONS, 'data.call.direction', bag),
        summary: readText(pick(group, 'summary'), 'data.call.summary', bag),
        recordingUrl: readUrl(pick(group, 'recordingUrl'), 'data.call.recordingUrl', bag),
      }),
    };
  },
  'call.transferred': (group, bag) => {
    const to = pick(group, 'to', 'transferredTo');
    return {
      transfer: compact({
        callId: readId(pick(group, 'callId', 'id'), 'data.transfer.callId', bag, false),
        to: typeof to === 'string' && to.trim().startsWith('+') ? readPhone(to, 'data.transfer.to', bag, 'US') : readText(to, 'data.transfer.to', bag),
        reason: readText(pick(group, 'reason'), 'data.transfer.reason', bag),
      }),
    };
  },
  'message.received': (group, bag) => message(group, bag, true),
  'message.sent': (group, bag) => message(group, bag, false),
  'handoff.requested': (group, bag) => ({
    handoff: compact({
      reason: readText(pick(group, 'reason'), 'data.handoff.reason', bag),
      channel: readEnum(pick(group, 'channel'), HANDOFF_CHANNELS, 'data.handoff.channel', bag),
    }),
  }),
  'form.completed': (group, bag) => ({
    form: compact({
      id: readId(pick(group, 'id', 'formId'), 'data.form.id', bag, true)!,
      name: readText(pick(group, 'name', 'formName'), 'data.form.name', bag),
      status: readEnum(pick(group, 'status') ?? 'completed', FORM_STATUSES, 'data.form.status', bag)!,
    }),
  }),
};
