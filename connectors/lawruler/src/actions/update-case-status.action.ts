import { defineAction, STANDARD_ACTIONS } from '@hub/connector-sdk';
import { LawRulerClient } from '../lawruler.client';
import type { LawRulerCredentials } from '../lawruler-credentials.dto';
import { resolveStatusName } from '../resolve-status-name.util';
import { LawRulerUpdateCaseStatusInput } from './update-case-status-input.dto';

export const updateCaseStatus = defineAction<LawRulerCredentials, LawRulerUpdateCaseStatusInput>({
  name: STANDARD_ACTIONS.updateCaseStatus,
  displayName: 'Update lead status',
  description: 'Sets the status of a LawRuler lead, found by its Lead ID.',
  input: LawRulerUpdateCaseStatusInput,
  idempotent: true,
  retryable: true,
  async run(ctx, input) {
    const client = new LawRulerClient(ctx);
    // Read first: an update naming an unknown Lead ID could create a lead instead of failing.
    const lead = await client.getLeadStatus(input.caseId);
    if (String(lead.StatusID) === input.statusId) {
      return { externalId: input.caseId, summary: `Lead ${input.caseId} already has status ${lead.Status}` };
    }
    const statusName = input.statusName ?? resolveStatusName(await client.listStatuses(), input.statusId, lead);
    await client.setLeadStatus(input.caseId, statusName);
    return { externalId: input.caseId, summary: `Status of lead ${input.caseId} set to ${statusName}` };
  },
});
