import { defineConnector } from '@hub/connector-sdk';
import { postNote } from './actions/post-note.action';
import { updateCaseStatus } from './actions/update-case-status.action';
import { listCaseStatuses, listCaseSubstatuses } from './lookups/case-statuses.lookup';
import { listNoteTypes } from './lookups/note-types.lookup';
import { resolveSmartAdvocateBaseUrl } from './smartadvocate-base-url.util';
import { checkSmartAdvocate } from './smartadvocate-check.util';
import { SmartAdvocateClient } from './smartadvocate.client';
import { SmartAdvocateCredentials } from './smartadvocate-credentials.dto';

/** SmartAdvocate through its CaseSyncAPI; the base URL ends with `/CaseSyncAPI/` (the host alone is completed). */
export const smartadvocate = defineConnector<SmartAdvocateCredentials>({
  key: 'smartadvocate',
  displayName: 'SmartAdvocate',
  version: '2.0.0',
  description: 'Updates case statuses and posts notes in SmartAdvocate through its CaseSyncAPI.',
  credentials: { schema: SmartAdvocateCredentials, secretFields: ['password'] },
  resolveBaseUrl: resolveSmartAdvocateBaseUrl,
  async verify(ctx) {
    const auth = await new SmartAdvocateClient(ctx).authenticate();
    return { accountLabel: `${auth.username} (user ${auth.userID})` };
  },
  check: checkSmartAdvocate,
  actions: {
    [updateCaseStatus.name]: updateCaseStatus,
    [postNote.name]: postNote,
  },
  lookups: { caseStatuses: listCaseStatuses, caseSubstatuses: listCaseSubstatuses, noteTypes: listNoteTypes },
  testing: {
    sampleCredentials: { username: 'kayse-integration', password: 'Sample-SA-passw0rd!' },
    sampleInputs: {
      update_case_status: { caseId: '9000002', statusId: '827', statusName: 'UM Arb Filed' },
      post_note: { caseId: '9000002', text: 'Client asked for a call back.', subject: 'Kayse AI', noteTypeId: '10' },
    },
  },
});
