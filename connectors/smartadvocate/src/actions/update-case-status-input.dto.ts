import { UpdateCaseStatusInput } from '@hub/connector-sdk';
import { IsOptional, Matches } from 'class-validator';

/**
 * SmartAdvocate identifies a case by its case number and a status by a numeric id. A
 * secondary status ("substatus") belongs to a status type such as "Dialer Status".
 */
export class SmartAdvocateUpdateCaseStatusInput extends UpdateCaseStatusInput {
  // Required unless substatusId is given: the SDK input's condition applies to this check too.
  @Matches(/^\d+$/, { message: 'statusId must be a SmartAdvocate status id (digits)' })
  declare statusId?: string;

  @IsOptional()
  @Matches(/^\d+$/, { message: 'substatusId must be a SmartAdvocate status id (digits)' })
  declare substatusId?: string;
}
