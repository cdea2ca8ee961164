import { ConnectorError, defineAction, STANDARD_ACTIONS } from '@hub/connector-sdk';
import { LawRulerClient } from '../lawruler.client';
import type { LawRulerCredentials } from '../lawruler-credentials.dto';
import { sameStatusName } from '../same-status-name.util';
import { LawRulerUpdateCaseStatusInput } from './update-case-status-input.dto';

export const updateCaseStatus = defineAction<LawRulerCredentials, LawRulerUpdateCaseStatusInput>({
  name: STANDARD_ACTIONS.updateCaseStatus,
  displayName: 'Update lead status',
  description: 'Sets the status of a LawRuler lead, found by its Lead ID, by the status name.',
  input: LawRulerUpdateCaseStatusInput,
  idempotent: true,
  retryable: true,
  async run(ctx, input) {
    const statusName = input.statusName;
    if (!statusName) {
      const message = 'LawRuler sets a status by its name: statusName is required';
      throw new ConnectorError('validation', message, { details: [{ field: 'statusName', message }] });
    }
    const client = new LawRulerClient(ctx);
    const leadId = input.caseId;
    // Read first: an update naming an unknown Lead ID could create a lead instead of failing.
    const before = await client.readLead(leadId);
    // GetStatus has no status id: statuses are compared by name, as LawRuler sets them.
    if (sameStatusName(before.status, statusName)) {
      return { externalId: leadId, summary: `Lead ${leadId} already has status ${before.status}` };
    }
    const written = await client.setLeadStatus(leadId, statusName);
    if (written.outcome === 'applied') return { externalId: leadId, summary: `Status of lead ${leadId} set to ${statusName}` };
    // Nothing says whether LawRuler applied it: read the lead back before anything is retried.
    const after = await client.readLead(leadId);
    if (sameStatusName(after.status, statusName)) {
      return { externalId: leadId, summary: `Status of lead ${leadId} set to ${statusName} (${written.reason}; confirmed by reading the lead back)` };
    }
    throw new ConnectorError('transient', `LawRuler did not apply status ${statusName} to lead ${leadId} (${written.reason}; the lead still has ${after.status})`, {
      operation: 'update_case_status',
    });
  },
});
