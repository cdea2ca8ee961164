import { ConnectorError, defineAction, isConnectorError, STANDARD_ACTIONS } from '@hub/connector-sdk';
import { LawRulerClient } from '../lawruler.client';
import type { LawRulerCredentials } from '../lawruler-credentials.dto';
import { LawRulerPostNoteInput } from './post-note-input.dto';

export const postNote = defineAction<LawRulerCredentials, LawRulerPostNoteInput>({
  name: STANDARD_ACTIONS.postNote,
  displayName: 'Post note',
  description: 'Adds a note to a LawRuler lead, found by its Lead ID.',
  input: LawRulerPostNoteInput,
  // Posting twice makes two notes: an answer that does not say whether it worked is never resent.
  idempotent: false,
  retryable: true,
  async run(ctx, input) {
    const client = new LawRulerClient(ctx);
    const leadId = input.caseId;
    // Read first: an update naming an unknown Lead ID could create a lead instead of failing.
    await client.readLead(leadId);
    // LawRuler notes have no subject: it leads the text.
    const text = input.subject ? `${input.subject}\n${input.text}` : input.text;
    const written = await client.addLeadNote(leadId, text);
    if (written.outcome === 'applied') return { externalId: written.noteId, summary: `Note added to lead ${leadId}` };
    // GetStatus cannot show notes: the read back proves the lead and the key still answer, so the
    // note most likely went in. Either way it is not resent: a second post would be a second note.
    try {
      await client.readLead(leadId);
    } catch (error) {
      const why = isConnectorError(error) ? error.message : String(error);
      throw new ConnectorError('permanent', `LawRuler's answer to the note on lead ${leadId} was unclear (${written.reason}) and reading the lead back failed (${why}); not resent, so that it is never posted twice`, {
        operation: 'post_note',
      });
    }
    return { summary: `Note sent to lead ${leadId}; LawRuler's answer did not confirm it (${written.reason}), not resent so that it is never posted twice` };
  },
});
