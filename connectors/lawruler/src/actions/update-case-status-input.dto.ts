import { UpdateCaseStatusInput } from '@hub/connector-sdk';
import { IsEmpty, Matches } from 'class-validator';

/**
 * LawRuler identifies a lead by its numeric Lead ID and sets a status by its name (the
 * action refuses an input without `statusName`); `statusId` is the hub's mapping key (a
 * Status ID, or a key for a status entered by name). LawRuler's API has no documented way
 * to set a sub-status.
 */
export class LawRulerUpdateCaseStatusInput extends UpdateCaseStatusInput {
  @Matches(/^\d+$/, { message: 'caseId must be a LawRuler Lead ID (digits)' })
  declare caseId: string;

  @IsEmpty({ message: 'LawRuler has no documented way to set a sub-status' })
  declare substatusId?: string;
}
