import type { ConnectorContext, CrmCaseStatus } from '@hub/connector-sdk';
import { SmartAdvocateClient } from '../smartadvocate.client';
import type { SmartAdvocateCredentials } from '../smartadvocate-credentials.dto';

export async function listCaseStatuses(ctx: ConnectorContext<SmartAdvocateCredentials>): Promise<CrmCaseStatus[]> {
  const entries = await new SmartAdvocateClient(ctx).listCaseStatuses();
  return entries.map((entry) => ({
    id: String(entry.id),
    name: entry.description,
    ...(entry.caseTypeID != null ? { caseTypeId: String(entry.caseTypeID) } : {}),
    ...(entry.caseType != null ? { caseType: entry.caseType } : {}),
  }));
}
