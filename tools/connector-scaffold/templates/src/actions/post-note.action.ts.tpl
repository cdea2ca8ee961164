import { defineAction, PostNoteInput, STANDARD_ACTIONS } from '@hub/connector-sdk';
import { __Name__Client } from '../__key__.client';
import type { __Name__Credentials } from '../__key__-credentials.dto';

export const postNote = defineAction<__Name__Credentials, PostNoteInput>({
  name: STANDARD_ACTIONS.postNote,
  displayName: 'Post note',
  description: 'Adds a note to a __Display__ case.',
  input: PostNoteInput,
  // Posting twice makes two notes.
  idempotent: false,
  retryable: true,
  async run(ctx, input) {
    const note = await new __Name__Client(ctx).addNote(input.caseId, {
      text: input.text,
      subject: input.subject,
      noteTypeId: input.noteTypeId,
    });
    return { externalId: note.id, summary: `Note added to case ${input.caseId}` };
  },
});
