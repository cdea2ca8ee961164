import { ConnectorError, CrmStatusChange } from '@hub/connector-sdk';

/**
 * Reads a LawRuler webhook, fired "when a case status changes". The fields are Kayse's
 * documented list (Lead ID, Case Type ID, Case Type, Status ID, Status, Full Name, Created
 * Date, Primary Contact ID, First Name, Last Name); how LawRuler spells the keys is not
 * published, so a key matches with case, spaces and punctuation ignored ("Lead ID",
 * "LeadID", "lead_id").
 */
export function readLawRulerStatusWebhook(fields: Readonly<Record<string, string>>): CrmStatusChange {
  const byKey = new Map(Object.entries(fields).map(([key, value]) => [normalizeKey(key), String(value).trim()]));
  const pick = (...keys: string[]) => keys.map((key) => byKey.get(key)).find((value) => value !== undefined && value !== '');
  const caseId = pick('leadid', 'lead');
  const statusName = pick('status', 'statusname');
  const statusId = pick('statusid');
  const problems = [
    ...(caseId === undefined || !/^\d+$/.test(caseId) ? [{ field: 'Lead ID', message: 'A LawRuler webhook carries the Lead ID (digits)' }] : []),
    ...(statusName === undefined ? [{ field: 'Status', message: 'A LawRuler status webhook carries the Status name' }] : []),
    ...(statusId !== undefined && !/^\d+$/.test(statusId) ? [{ field: 'Status ID', message: 'Status ID must be digits' }] : []),
  ];
  if (problems.length > 0 || caseId === undefined || statusName === undefined) {
    throw new ConnectorError('validation', `Not a LawRuler status webhook (${problems.map((p) => p.field).join(', ')})`, { details: problems });
  }
  const person = {
    ...optional('fullName', pick('fullname', 'name')),
    ...optional('firstName', pick('firstname')),
    ...optional('lastName', pick('lastname')),
    ...optional('primaryContactId', pick('primarycontactid')),
  };
  return {
    caseId,
    statusName,
    ...optional('statusId', statusId),
    ...optional('caseTypeId', pick('casetypeid')),
    ...optional('caseType', pick('casetype')),
    ...(Object.keys(person).length > 0 && { person }),
    ...optional('createdDate', pick('createddate')),
  };
}

function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
