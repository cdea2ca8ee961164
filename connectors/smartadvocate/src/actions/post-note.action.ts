import { defineAction, STANDARD_ACTIONS } from '@hub/connector-sdk';
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
    const note = await client.insertNote(found.caseID, {
      noteTypeID: input.noteTypeId === undefined ? undefined : Number(input.noteTypeId),
      noteText: noteTextToHtml(input.text),
      subject: input.subject,
      noteDate: new Date().toISOString(),
      priority: 'Normal',
    });
    return {
      externalId: note?.noteID === undefined ? undefined : String(note.noteID),
      summary: `Note added to case ${input.caseId}`,
    };
  },
});
