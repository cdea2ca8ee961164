import { defineAction, STANDARD_ACTIONS } from '@hub/connector-sdk';
import { LawRulerClient } from '../lawruler.client';
import type { LawRulerCredentials } from '../lawruler-credentials.dto';
import { LawRulerPostNoteInput } from './post-note-input.dto';

export const postNote = defineAction<LawRulerCredentials, LawRulerPostNoteInput>({
  name: STANDARD_ACTIONS.postNote,
  displayName: 'Post note',
  description: 'Adds a note to a LawRuler lead, found by its Lead ID.',
  input: LawRulerPostNoteInput,
  // Posting twice makes two notes; a retry after a timeout may do just that.
  idempotent: false,
  retryable: true,
  async run(ctx, input) {
    const client = new LawRulerClient(ctx);
    // Read first: an update naming an unknown Lead ID could create a lead instead of failing.
    await client.getLeadStatus(input.caseId);
    // LawRuler notes have no subject: it leads the text.
    const text = input.subject ? `${input.subject}\n${input.text}` : input.text;
    const answer = await client.addLeadNote(input.caseId, text);
    return {
      externalId: answer.NoteID === undefined ? undefined : String(answer.NoteID),
      summary: `Note added to lead ${input.caseId}`,
    };
  },
});
