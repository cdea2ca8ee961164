import { ConnectorError, defineAction, STANDARD_ACTIONS } from '@hub/connector-sdk';
import type { SaCaseInfo } from '../smartadvocate-api.type';
import { SmartAdvocateClient } from '../smartadvocate.client';
import type { SmartAdvocateCredentials } from '../smartadvocate-credentials.dto';
import { SmartAdvocateUpdateCaseStatusInput } from './update-case-status-input.dto';

export const updateCaseStatus = defineAction<SmartAdvocateCredentials, SmartAdvocateUpdateCaseStatusInput>({
  name: STANDARD_ACTIONS.updateCaseStatus,
  displayName: 'Update case status',
  description: 'Sets the main status, a secondary status (by status type), or both, of a SmartAdvocate case found by its case number.',
  input: SmartAdvocateUpdateCaseStatusInput,
  idempotent: true,
  retryable: true,
  async run(ctx, input) {
    if (input.substatusId !== undefined && !input.substatusType) {
      const message = 'A secondary status needs its status type (substatusType), e.g. "Dialer Status"';
      throw new ConnectorError('validation', message, { details: [{ field: 'substatusType', message }] });
    }
    const client = new SmartAdvocateClient(ctx);
    const found = await client.findCase(input.caseId);
    const done: string[] = [];
    if (input.statusId !== undefined) done.push(await setMainStatus(client, found, input.statusId, input.statusName));
    if (input.substatusId !== undefined) {
      done.push(await setSecondStatus(client, found, input.substatusId, input.substatusType!, input.substatusName));
    }
    return { externalId: String(found.caseID), summary: `Case ${input.caseId}: ${done.join('; ')}` };
  },
});

async function setMainStatus(client: SmartAdvocateClient, found: SaCaseInfo, statusId: string, statusName?: string): Promise<string> {
  if (String(found.caseStatusID) === statusId) return `already has status ${found.caseStatus}`;
  const changed = await client.changeCaseStatus(found.caseID, Number(statusId));
  return `status set to ${changed?.caseStatus ?? statusName ?? statusId}`;
}

async function setSecondStatus(client: SmartAdvocateClient, found: SaCaseInfo, statusId: string, statusType: string, statusName?: string): Promise<string> {
  const sameType = (found.secondStatuses ?? []).find((item) => item.statusTypeName.toLowerCase() === statusType.toLowerCase());
  if (sameType && String(sameType.statusID) === statusId) return `already has ${statusType} ${sameType.statusName}`;
  await client.changeSecondStatus(found.caseID, Number(statusId), statusType);
  return `${statusType} set to ${statusName ?? statusId}`;
}
