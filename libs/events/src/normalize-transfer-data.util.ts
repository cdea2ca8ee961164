import type { FieldError, TransferData } from './event.type';
import { compact, pick, type UnknownRecord } from './loose-record.util';
import { readId, readText, targetsUnder } from './read-field.util';

export function normalizeTransferData(transfer: UnknownRecord, errors: FieldError[]): TransferData {
  const at = targetsUnder('data.transfer', errors);
  const callId = readId(pick(transfer, 'callId'), at('callId'));
  // A queue name, an agent or a phone number: kept as the producer wrote it.
  const to = readId(pick(transfer, 'to', 'transferredTo'), at('to'));
  const reason = readText(pick(transfer, 'reason'), at('reason'));
  return { transfer: compact({ callId, to, reason }) };
}
