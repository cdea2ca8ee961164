import { PostNoteInput } from '@hub/connector-sdk';
import { IsOptional, Matches } from 'class-validator';

/** SmartAdvocate note types have numeric ids; without one, SmartAdvocate applies its default type. */
export class SmartAdvocatePostNoteInput extends PostNoteInput {
  @IsOptional()
  @Matches(/^\d+$/, { message: 'noteTypeId must be a SmartAdvocate note type id (digits)' })
  declare noteTypeId?: string;
}
