import { UpdateCaseStatusInput } from '@hub/connector-sdk';
import { Matches } from 'class-validator';

/** SmartAdvocate identifies a case by its case number and a status by a numeric id. */
export class SmartAdvocateUpdateCaseStatusInput extends UpdateCaseStatusInput {
  @Matches(/^\d+$/, { message: 'statusId must be a SmartAdvocate status id (digits)' })
  declare statusId: string;
}
