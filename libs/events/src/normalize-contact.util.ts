import type { CountryCode } from 'libphonenumber-js';
import type { EventContact, FieldError } from './event.type';
import { fieldError } from './field-error.util';
import { compact, isRecord, pick, pickRecord, type UnknownRecord } from './loose-record.util';
import { normalizePhone } from './normalize-phone.util';
import { readEmail, readId, readText } from './read-field.util';

// The generic name first, then what LawRuler (lead id) and SmartAdvocate (case number) call it.
const CASE_ID_ALIASES = ['caseId', 'leadId', 'caseNumber'];

function readName(contact: UnknownRecord, errors: FieldError[]): string | undefined {
  const target = { field: 'contact.name', errors };
  const full = readText(pick(contact, 'name', 'fullName'), target);
  if (full !== undefined) return full;
  const parts = [pick(contact, 'firstName'), pick(contact, 'lastName')].map((part) => readText(part, target));
  return parts.filter(Boolean).join(' ') || undefined;
}

function readCaseId(contact: UnknownRecord, errors: FieldError[]): string | undefined {
  const crm = pickRecord(contact, 'crm');
  const raw = (crm && pick(crm, ...CASE_ID_ALIASES)) ?? pick(contact, ...CASE_ID_ALIASES);
  return readId(raw, { field: 'contact.crm.caseId', errors });
}

/** The contact in canonical form; undefined when it cannot be built (the reasons are in `errors`). */
export function normalizeContact(raw: unknown, defaultCountry: CountryCode, errors: FieldError[]): EventContact | undefined {
  if (raw !== undefined && raw !== null && !isRecord(raw)) {
    errors.push(fieldError('contact', 'invalid_type', 'contact must be an object'));
    return undefined;
  }
  const contact = raw ?? {};
  const id = readId(pick(contact, 'id', 'contactId'), { field: 'contact.id', errors }, true);
  const name = readName(contact, errors);
  const phone = normalizePhone(pick(contact, 'phone', 'phoneNumber'), defaultCountry, { field: 'contact.phone', errors });
  const email = readEmail(pick(contact, 'email'), { field: 'contact.email', errors });
  const caseId = readCaseId(contact, errors);
  if (id === undefined) return undefined;
  return compact({ id, name, phone, email, crm: caseId === undefined ? undefined : { caseId } });
}
