import type { LrListedStatus } from './lawruler-api.type';
import { textField } from './lawruler-answer.util';

/**
 * The statuses of a GetStatuses answer, if it has a list of them. Inferred shape:
 * `{ Statuses: [{ StatusID, Status, CaseTypeID, CaseType }] }` (the names of the webhook
 * fields), read case-insensitively; undefined when there is no such list.
 */
export function toListedStatuses(record: Record<string, unknown>): LrListedStatus[] | undefined {
  const list = Object.entries(record).find(([key]) => key.toLowerCase() === 'statuses')?.[1];
  const items = Array.isArray(list) ? list : typeof list === 'object' && list !== null ? Object.values(list).flat() : undefined;
  if (!items) return undefined;
  return items.flatMap((item): LrListedStatus[] => {
    const id = textField(item, 'statusid') ?? textField(item, 'id');
    const name = textField(item, 'status') ?? textField(item, 'statusname') ?? textField(item, 'name');
    if (!id || !name) return [];
    const caseTypeId = textField(item, 'casetypeid');
    const caseType = textField(item, 'casetype');
    return [{ id, name, ...(caseTypeId && { caseTypeId }), ...(caseType && { caseType }) }];
  });
}
