import { defineAction, STANDARD_ACTIONS } from '@hub/connector-sdk';
import { SmartAdvocateClient } from '../smartadvocate.client';
import type { SmartAdvocateCredentials } from '../smartadvocate-credentials.dto';
import { SmartAdvocateUpdateCaseStatusInput } from './update-case-status-input.dto';

export const updateCaseStatus = defineAction<SmartAdvocateCredentials, SmartAdvocateUpdateCaseStatusInput>({
  name: STANDARD_ACTIONS.updateCaseStatus,
  displayName: 'Update case status',
  description: 'Sets the status of a SmartAdvocate case, found by its case number.',
  input: SmartAdvocateUpdateCaseStatusInput,
  idempotent: true,
  retryable: true,
  async run(ctx, input) {
    const client = new SmartAdvocateClient(ctx);
    const found = await client.findCase(input.caseId);
    const externalId = String(found.caseID);
    if (String(found.caseStatusID) === input.statusId) {
      return { externalId, summary: `Case ${input.caseId} already has status ${found.caseStatus}` };
    }
    const changed = await client.changeCaseStatus(found.caseID, Number(input.statusId));
    const statusName = changed?.caseStatus ?? input.statusName ?? input.statusId;
    return { externalId, summary: `Status of case ${input.caseId} set to ${statusName}` };
  },
});
