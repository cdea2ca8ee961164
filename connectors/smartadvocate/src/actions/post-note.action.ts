import { defineAction, isConnectorError, STANDARD_ACTIONS } from '@hub/connector-sdk';
import { noteTextToHtml } from '../note-html.util';
import { SmartAdvocateClient } from '../smartadvocate.client';
import type { SmartAdvocateCredentials } from '../smartadvocate-credentials.dto';
import { SmartAdvocatePostNoteInput } from './post-note-input.dto';

export const postNote = defineAction<SmartAdvocateCredentials, SmartAdvocatePostNoteInput>({
  name: STANDARD_ACTIONS.postNote,
  displayName: 'Post note',
  description: 'Adds a note to a SmartAdvocate case, found by its case number.',
  input: SmartAdvocatePostNoteInput,
  // Posting twice makes two notes; a retry after a timeout may do just that.
  idempotent: false,
  retryable: true,
  async run(ctx, input) {
    const client = new SmartAdvocateClient(ctx);
    const found = await client.findCase(input.caseId);
    const noteText = noteTextToHtml(input.text);
    const note = await client
      .insertNote(found.caseID, {
        noteTypeID: input.noteTypeId === undefined ? undefined : Number(input.noteTypeId),
        noteText,
        subject: input.subject,
        noteDate: new Date().toISOString(),
        priority: 'Normal',
      })
      .catch(async (error: unknown) => {
        // The insert may have gone in before the failure: look for it (documented read) before a retry posts it again.
        if (!isConnectorError(error) || !error.mayHaveApplied) throw error;
        const existing = (await client.caseNotes(found.caseID)).find((item) => item.noteText === noteText && (item.subject ?? '') === (input.subject ?? ''));
        if (!existing) throw error;
        return existing;
      });
    return {
      externalId: note?.noteID === undefined ? undefined : String(note.noteID),
      summary: `Note added to case ${input.caseId}`,
    };
  },
});
