import type { ConnectorContext, CrmCaseStatus, CrmCaseSubstatus } from '@hub/connector-sdk';
import type { SaCodeListEntry } from '../smartadvocate-api.type';
import { SmartAdvocateClient } from '../smartadvocate.client';
import type { SmartAdvocateCredentials } from '../smartadvocate-credentials.dto';

/** The main status type's name in SmartAdvocate's database (sma_MST_CaseStatusType). */
const MAIN_STATUS_TYPE = 'status';

const isMain = (entry: SaCodeListEntry) => !entry.statusTypeName || entry.statusTypeName.trim().toLowerCase() === MAIN_STATUS_TYPE;

export async function listCaseStatuses(ctx: ConnectorContext<SmartAdvocateCredentials>): Promise<CrmCaseStatus[]> {
  const entries = await new SmartAdvocateClient(ctx).listCaseStatuses();
  return entries.filter(isMain).map((entry) => ({
    id: String(entry.id),
    name: entry.description,
    ...(entry.caseTypeID != null ? { caseTypeId: String(entry.caseTypeID) } : {}),
    ...(entry.caseType != null ? { caseType: entry.caseType } : {}),
  }));
}

/** Secondary statuses ("substatuses"), grouped by their status type. */
export async function listCaseSubstatuses(ctx: ConnectorContext<SmartAdvocateCredentials>): Promise<CrmCaseSubstatus[]> {
  const entries = await new SmartAdvocateClient(ctx).listCaseStatuses();
  return entries
    .filter((entry) => !isMain(entry))
    .map((entry) => ({ id: String(entry.id), name: entry.description, statusType: entry.statusTypeName!.trim() }));
}
