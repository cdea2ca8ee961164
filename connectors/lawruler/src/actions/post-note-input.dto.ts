import { PostNoteInput } from '@hub/connector-sdk';
import { Matches } from 'class-validator';

/** LawRuler identifies a record by its numeric Lead ID. Its notes have no type: noteTypeId is ignored. */
export class LawRulerPostNoteInput extends PostNoteInput {
  @Matches(/^\d+$/, { message: 'caseId must be a LawRuler Lead ID (digits)' })
  declare caseId: string;
}
