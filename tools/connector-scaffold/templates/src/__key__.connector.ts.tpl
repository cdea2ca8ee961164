import { defineConnector } from '@hub/connector-sdk';
import { postNote } from './actions/post-note.action';
import { updateCaseStatus } from './actions/update-case-status.action';
import { __Name__Client } from './__key__.client';
import { __Name__Credentials } from './__key__-credentials.dto';
import { listCaseStatuses } from './lookups/case-statuses.lookup';

export const __name__ = defineConnector<__Name__Credentials>({
  key: '__key__',
  displayName: '__Display__',
  version: '0.1.0',
  description: 'Updates case statuses and posts notes in __Display__.',
  credentials: { schema: __Name__Credentials, secretFields: ['apiKey'] },
  async verify(ctx) {
    const account = await new __Name__Client(ctx).whoAmI();
    return { accountLabel: account.name };
  },
  actions: {
    [updateCaseStatus.name]: updateCaseStatus,
    [postNote.name]: postNote,
  },
  lookups: { caseStatuses: listCaseStatuses },
  testing: {
    sampleCredentials: { apiKey: 'sample-api-key-1234' },
    sampleInputs: {
      update_case_status: { caseId: 'C-1001', statusId: 'signed', statusName: 'Signed' },
      post_note: { caseId: 'C-1001', text: 'Client asked for a call back.', subject: 'Kayse AI' },
    },
  },
});
