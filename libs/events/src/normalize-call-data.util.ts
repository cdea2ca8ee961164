import { CALL_DIRECTIONS, CALL_STATUSES, type CallData, type FieldError } from './event.type';
import { compact, pick, type UnknownRecord } from './loose-record.util';
import { readEnum, readHttpUrl, readId, readNonNegativeNumber, readText, targetsUnder } from './read-field.util';

export function normalizeCallData(call: UnknownRecord, errors: FieldError[]): CallData | undefined {
  const at = targetsUnder('data.call', errors);
  const id = readId(pick(call, 'id', 'callId'), at('id'));
  const status = readEnum(pick(call, 'status', 'callStatus'), CALL_STATUSES, at('status'), true);
  const durationSec = readNonNegativeNumber(pick(call, 'durationSec', 'duration', 'durationSeconds'), at('durationSec'));
  const direction = readEnum(pick(call, 'direction'), CALL_DIRECTIONS, at('direction'));
  const summary = readText(pick(call, 'summary'), at('summary'));
  const recordingUrl = readHttpUrl(pick(call, 'recordingUrl'), at('recordingUrl'));
  if (status === undefined) return undefined;
  return { call: compact({ id, status, durationSec, direction, summary, recordingUrl }) };
}
