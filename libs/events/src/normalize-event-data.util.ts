import type { EventDataByType, FieldError, InboundEventType } from './event.type';
import { pickRecord, type UnknownRecord } from './loose-record.util';
import { normalizeCallData } from './normalize-call-data.util';
import { normalizeFormData } from './normalize-form-data.util';
import { normalizeHandoffData } from './normalize-handoff-data.util';
import { normalizeReceivedMessageData, normalizeSentMessageData } from './normalize-message-data.util';
import { normalizeTransferData } from './normalize-transfer-data.util';

interface DataNormalizer<T extends InboundEventType> {
  /** The key of the type's object inside the canonical `data`. */
  section: string;
  normalize: (fields: UnknownRecord, errors: FieldError[]) => EventDataByType[T] | undefined;
}

const DATA_NORMALIZERS: { [T in InboundEventType]: DataNormalizer<T> } = {
  'call.completed': { section: 'call', normalize: normalizeCallData },
  'call.transferred': { section: 'transfer', normalize: normalizeTransferData },
  'message.received': { section: 'message', normalize: normalizeReceivedMessageData },
  'message.sent': { section: 'message', normalize: normalizeSentMessageData },
  'handoff.requested': { section: 'handoff', normalize: normalizeHandoffData },
  'form.completed': { section: 'form', normalize: normalizeFormData },
};

// Producers nest the type's fields as data.call (canonical), put them at the
// top level as call, or spread them flat into data; the first form found wins.
function locateFields(event: UnknownRecord, section: string): UnknownRecord {
  const data = pickRecord(event, 'data');
  return (data && pickRecord(data, section)) ?? pickRecord(event, section) ?? data ?? {};
}

/** The canonical `data` of an event of the given type; undefined when it cannot be built (the reasons are in `errors`). */
export function normalizeEventData<T extends InboundEventType>(
  type: T,
  event: UnknownRecord,
  errors: FieldError[],
): EventDataByType[T] | undefined {
  const { section, normalize } = DATA_NORMALIZERS[type] as DataNormalizer<T>;
  return normalize(locateFields(event, section), errors);
}
