import type { ConnectorContext, CrmCaseStatus } from '@hub/connector-sdk';
import { LawRulerClient } from '../lawruler.client';
import type { LawRulerCredentials } from '../lawruler-credentials.dto';

/**
 * Inferred GetStatuses: used when a portal answers it, else `not_supported` and the hub
 * learns statuses from LawRuler's webhooks, by hand or from a CSV.
 */
export async function listCaseStatuses(ctx: ConnectorContext<LawRulerCredentials>): Promise<CrmCaseStatus[]> {
  return new LawRulerClient(ctx).listStatuses();
}
