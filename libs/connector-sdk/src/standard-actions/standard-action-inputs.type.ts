import type { PostNoteInput } from './post-note-input.dto';
import { STANDARD_ACTIONS } from './standard-action-names.constant';
import type { UpdateCaseStatusInput } from './update-case-status-input.dto';

/** The input of each standard action, by name: what the engine passes to every CRM connector. */
export interface StandardActionInputs {
  [STANDARD_ACTIONS.updateCaseStatus]: UpdateCaseStatusInput;
  [STANDARD_ACTIONS.postNote]: PostNoteInput;
}
