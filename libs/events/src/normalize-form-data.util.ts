import { FORM_STATUSES, type FieldError, type FormData } from './event.type';
import { compact, pick, type UnknownRecord } from './loose-record.util';
import { readEnum, readId, readText, targetsUnder } from './read-field.util';

export function normalizeFormData(form: UnknownRecord, errors: FieldError[]): FormData | undefined {
  const at = targetsUnder('data.form', errors);
  const id = readId(pick(form, 'id', 'formId'), at('id'), true);
  const name = readText(pick(form, 'name', 'formName'), at('name'));
  // The event itself says the form was completed, so producers often leave the status out.
  const status = readEnum(pick(form, 'status') ?? 'completed', FORM_STATUSES, at('status'), true);
  if (id === undefined || status === undefined) return undefined;
  return { form: compact({ id, name, status }) };
}
