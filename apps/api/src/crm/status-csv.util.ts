import { parse } from 'csv-parse/sync';
import type { ErrorDetail } from '@hub/common';
import type { SeenStatus } from '@hub/crm';

/**
 * Headers accepted for each column, compared without case, spaces or punctuation. LawRuler's
 * export format is not published (inferred): the webhook's field names and plain ones.
 */
const COLUMNS: Record<keyof SeenStatus, readonly string[]> = {
  name: ['status', 'statusname', 'name'],
  id: ['statusid', 'id'],
  caseTypeId: ['casetypeid'],
  caseType: ['casetype', 'casetypename'],
};

export const MAX_CSV_ROWS = 2000;

/** The statuses of a CSV export, or every problem with it (row numbers count the header as 1). */
export function parseStatusCsv(text: string): { statuses: SeenStatus[]; errors: ErrorDetail[] } {
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: true }) as string[][];
  } catch (error) {
    return { statuses: [], errors: [{ field: 'csv', code: 'invalid_csv', message: (error as Error).message }] };
  }
  const [header, ...body] = rows;
  const normalized = (header ?? []).map((cell) => cell.toLowerCase().replace(/[^a-z0-9]/g, ''));
  const column = (key: keyof SeenStatus) => normalized.findIndex((cell) => COLUMNS[key].includes(cell));
  if (column('name') === -1) {
    return { statuses: [], errors: [{ field: 'csv', code: 'missing_column', message: 'The first row must name a Status (or Name) column' }] };
  }
  if (body.length > MAX_CSV_ROWS) {
    return { statuses: [], errors: [{ field: 'csv', code: 'too_many_rows', message: `At most ${MAX_CSV_ROWS} statuses at once` }] };
  }
  const errors: ErrorDetail[] = [];
  const statuses = body.flatMap((row, index): SeenStatus[] => {
    const cell = (key: keyof SeenStatus) => (column(key) === -1 ? '' : (row[column(key)] ?? ''));
    const rowErrors = validateRow({ name: cell('name'), id: cell('id') }, index + 2);
    errors.push(...rowErrors);
    if (rowErrors.length > 0) return [];
    return [{ name: cell('name'), ...(cell('id') && { id: cell('id') }), ...(cell('caseTypeId') && { caseTypeId: cell('caseTypeId') }), ...(cell('caseType') && { caseType: cell('caseType') }) }];
  });
  return { statuses, errors };
}

function validateRow(row: { name: string; id: string }, line: number): ErrorDetail[] {
  const errors: ErrorDetail[] = [];
  if (row.name === '' || row.name.length > 200) errors.push({ field: `rows.${line}.name`, code: 'invalid_name', message: `Row ${line}: a status name of 1 to 200 characters` });
  if (row.id.length > 100 || row.id.startsWith('name:')) errors.push({ field: `rows.${line}.id`, code: 'invalid_id', message: `Row ${line}: a status id of at most 100 characters` });
  return errors;
}
