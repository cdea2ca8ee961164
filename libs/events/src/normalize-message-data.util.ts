import { MESSAGE_CHANNELS, type FieldError, type MessageData } from './event.type';
import { compact, pick, type UnknownRecord } from './loose-record.util';
import { readEnum, readId, readSlug, readText, targetsUnder } from './read-field.util';

export function normalizeSentMessageData(message: UnknownRecord, errors: FieldError[]): MessageData | undefined {
  const at = targetsUnder('data.message', errors);
  const id = readId(pick(message, 'id', 'messageId'), at('id'));
  const channel = readEnum(pick(message, 'channel'), MESSAGE_CHANNELS, at('channel'), true);
  const body = readText(pick(message, 'body', 'text'), at('body'));
  if (channel === undefined) return undefined;
  return { message: compact({ id, channel, body }) };
}

/** A sent message plus the reply bucket Kayse classified it into; custom buckets are kept as their slug. */
export function normalizeReceivedMessageData(message: UnknownRecord, errors: FieldError[]): MessageData | undefined {
  const sent = normalizeSentMessageData(message, errors);
  const bucket = readSlug(pick(message, 'bucket', 'replyBucket'), { field: 'data.message.bucket', errors });
  if (sent === undefined) return undefined;
  return { message: compact({ ...sent.message, bucket }) };
}
