import { defineAction, STANDARD_ACTIONS, UpdateCaseStatusInput } from '@hub/connector-sdk';
import { __Name__Client } from '../__key__.client';
import type { __Name__Credentials } from '../__key__-credentials.dto';

export const updateCaseStatus = defineAction<__Name__Credentials, UpdateCaseStatusInput>({
  name: STANDARD_ACTIONS.updateCaseStatus,
  displayName: 'Update case status',
  description: 'Sets the status of a __Display__ case.',
  input: UpdateCaseStatusInput,
  idempotent: true,
  retryable: true,
  async run(ctx, input) {
    const client = new __Name__Client(ctx);
    const found = await client.getCase(input.caseId);
    if (found.statusId === input.statusId) {
      return { externalId: found.id, summary: `Case ${input.caseId} already has status ${input.statusName ?? input.statusId}` };
    }
    await client.setCaseStatus(input.caseId, input.statusId);
    return { externalId: found.id, summary: `Status of case ${input.caseId} set to ${input.statusName ?? input.statusId}` };
  },
});
