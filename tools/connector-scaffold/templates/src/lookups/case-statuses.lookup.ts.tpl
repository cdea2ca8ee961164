import type { ConnectorContext, CrmCaseStatus } from '@hub/connector-sdk';
import { __Name__Client } from '../__key__.client';
import type { __Name__Credentials } from '../__key__-credentials.dto';

export async function listCaseStatuses(ctx: ConnectorContext<__Name__Credentials>): Promise<CrmCaseStatus[]> {
  const statuses = await new __Name__Client(ctx).listStatuses();
  return statuses.map((status) => ({ id: status.id, name: status.name }));
}
