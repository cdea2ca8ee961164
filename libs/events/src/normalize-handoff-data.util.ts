import { HANDOFF_CHANNELS, type FieldError, type HandoffData } from './event.type';
import { compact, pick, type UnknownRecord } from './loose-record.util';
import { readEnum, readText, targetsUnder } from './read-field.util';

export function normalizeHandoffData(handoff: UnknownRecord, errors: FieldError[]): HandoffData {
  const at = targetsUnder('data.handoff', errors);
  const reason = readText(pick(handoff, 'reason'), at('reason'));
  const channel = readEnum(pick(handoff, 'channel'), HANDOFF_CHANNELS, at('channel'));
  return { handoff: compact({ reason, channel }) };
}
