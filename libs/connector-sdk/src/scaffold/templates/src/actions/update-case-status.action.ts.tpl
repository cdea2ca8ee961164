import { ConnectorError, defineAction, STANDARD_ACTIONS, UpdateCaseStatusInput } from '@hub/connector-sdk';
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
    // The SDK input may carry a substatus instead of a status; this CRM has none.
    const statusId = input.statusId;
    if (statusId === undefined || input.substatusId !== undefined) {
      throw new ConnectorError('validation', '__Display__ has no substatuses: give statusId only', { details: [{ field: 'substatusId', message: 'not supported' }] });
    }
    const client = new __Name__Client(ctx);
    const found = await client.getCase(input.caseId);
    if (found.statusId === statusId) {
      return { externalId: found.id, summary: `Case ${input.caseId} already has status ${input.statusName ?? statusId}` };
    }
    await client.setCaseStatus(input.caseId, statusId);
    return { externalId: found.id, summary: `Status of case ${input.caseId} set to ${input.statusName ?? statusId}` };
  },
});
