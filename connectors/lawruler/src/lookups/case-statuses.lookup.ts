import type { ConnectorContext, CrmCaseStatus } from '@hub/connector-sdk';
import { LawRulerClient } from '../lawruler.client';
import type { LawRulerCredentials } from '../lawruler-credentials.dto';

/** LawRuler statuses depend on the case type: each one says which. */
export async function listCaseStatuses(ctx: ConnectorContext<LawRulerCredentials>): Promise<CrmCaseStatus[]> {
  const statuses = await new LawRulerClient(ctx).listStatuses();
  return statuses.map((status) => ({
    id: String(status.StatusID),
    name: status.Status,
    ...(status.CaseTypeID != null ? { caseTypeId: String(status.CaseTypeID) } : {}),
    ...(status.CaseType != null ? { caseType: status.CaseType } : {}),
  }));
}
