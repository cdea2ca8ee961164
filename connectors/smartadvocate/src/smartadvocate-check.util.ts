import { checkCall, ConnectorCheckOptions, ConnectorCheckResult, ConnectorContext, ConnectorError, isConnectorError, skippedCall } from '@hub/connector-sdk';
import { noteTextToHtml } from './note-html.util';
import type { SaCaseInfo } from './smartadvocate-api.type';
import { SmartAdvocateClient } from './smartadvocate.client';
import type { SmartAdvocateCredentials } from './smartadvocate-credentials.dto';

const CALLS = {
  authenticate: { operation: 'authenticate', request: 'POST Users/authenticate { Username, Password }', documented: true },
  readCase: { operation: 'read_case', request: 'GET case/CaseInfo?Casenumber=…', documented: true },
  listStatuses: { operation: 'list_statuses', request: 'GET case/statuses', documented: false },
  listNoteTypes: { operation: 'list_note_types', request: 'GET case/notes/types', documented: false },
  changeStatus: { operation: 'update_case_status', request: 'PUT case/{caseID}/status { caseStatusID }', documented: false },
  insertNote: { operation: 'post_note', request: 'POST case/{caseID}/notes { noteText, … }', documented: false },
} as const;

/** A case number no firm uses: CaseInfo answers an empty list, which proves the read works. */
const PROBE_CASE_NUMBER = '0';

/** Each CaseSyncAPI call the connector makes, tried once; writes only when the firm asks. */
export async function checkSmartAdvocate(ctx: ConnectorContext<SmartAdvocateCredentials>, options: ConnectorCheckOptions): Promise<ConnectorCheckResult[]> {
  const client = new SmartAdvocateClient(ctx);
  let found: SaCaseInfo | undefined;
  const results = [
    await checkCall(CALLS.authenticate, async () => {
      const auth = await client.authenticate();
      return `signed in as ${auth.username} (user ${auth.userID})`;
    }),
    await checkCall(CALLS.readCase, async () => {
      try {
        found = await client.findCase(options.caseId ?? PROBE_CASE_NUMBER);
        return `case ${found.caseNumber} has status ${found.caseStatus}`;
      } catch (error) {
        if (options.caseId === undefined && isConnectorError(error) && error.kind === 'not_found') return 'CaseInfo answered (no case given, probe case absent)';
        throw error;
      }
    }),
    await checkCall(CALLS.listStatuses, async () => `${(await client.listCaseStatuses()).length} statuses`),
    await checkCall(CALLS.listNoteTypes, async () => `${(await client.listNoteTypes()).length} note types`),
  ];
  const current = found;
  if (!options.dryWrite) results.push(skippedCall(CALLS.changeStatus, 'not asked (dryWrite)'));
  else if (!current) results.push(skippedCall(CALLS.changeStatus, 'needs a case number (caseId) the check can read'));
  else results.push(await checkCall(CALLS.changeStatus, async () => {
    await client.changeCaseStatus(current.caseID, current.caseStatusID);
    return `re-applied status ${current.caseStatus}`;
  }));
  if (!options.testNote) results.push(skippedCall(CALLS.insertNote, 'not asked (testNote)'));
  else if (!current) results.push(skippedCall(CALLS.insertNote, 'needs a case number (caseId) the check can read'));
  else results.push(await checkCall(CALLS.insertNote, async () => {
    const note = await client.insertNote(current.caseID, { noteText: noteTextToHtml('Kayse Hub connection check: this note can be deleted.'), subject: 'Kayse Hub', noteDate: new Date().toISOString(), priority: 'Normal' });
    if (!note) throw new ConnectorError('permanent', 'SmartAdvocate answered without the note');
    return `test note ${note.noteID} added`;
  }));
  return results;
}
