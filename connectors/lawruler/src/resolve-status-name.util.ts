import { ConnectorError } from '@hub/connector-sdk';
import type { LrLeadStatus, LrStatus } from './lawruler-api.type';

/**
 * LawRuler sets a status by name, the workflow names it by id: finds the name among the
 * portal's statuses, refusing a status that belongs to another case type than the lead's.
 */
export function resolveStatusName(statuses: readonly LrStatus[], statusId: string, lead: LrLeadStatus): string {
  const status = statuses.find((item) => String(item.StatusID) === statusId);
  if (!status) {
    throw new ConnectorError('validation', `LawRuler has no status ${statusId}`, {
      details: [{ field: 'statusId', message: `LawRuler has no status ${statusId}` }],
    });
  }
  if (status.CaseTypeID !== null && status.CaseTypeID !== lead.CaseTypeID) {
    const message = `Status ${status.Status} belongs to case type ${status.CaseType}, ` + `lead ${lead.LeadID} is ${lead.CaseType}`;
    throw new ConnectorError('validation', message, { details: [{ field: 'statusId', message }] });
  }
  return status.Status;
}
