import { UpdateCaseStatusInput } from '@hub/connector-sdk';
import { Matches } from 'class-validator';

/** LawRuler identifies a record by its numeric Lead ID, and a status by a numeric Status ID. */
export class LawRulerUpdateCaseStatusInput extends UpdateCaseStatusInput {
  @Matches(/^\d+$/, { message: 'caseId must be a LawRuler Lead ID (digits)' })
  declare caseId: string;

  @Matches(/^\d+$/, { message: 'statusId must be a LawRuler Status ID (digits)' })
  declare statusId: string;
}
