import { IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';

/**
 * Input of `update_case_status`, the same for every CRM; a connector may extend it.
 * It sets the case's main status, a secondary status (a "substatus", grouped by status
 * type in CRMs such as SmartAdvocate), or both: `statusId` is required unless
 * `substatusId` is given.
 */
export class UpdateCaseStatusInput {
  /** The case's identifier in the CRM (a LawRuler Lead ID, a SmartAdvocate case number). */
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  caseId: string;

  @ValidateIf((input: UpdateCaseStatusInput) => input.substatusId === undefined || input.statusId !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  statusId?: string;

  /** The status's name as the workflow shows it: spares a lookup where the CRM wants names. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  statusName?: string;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  substatusId?: string;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  substatusName?: string;

  /** The substatus's status type, e.g. SmartAdvocate's "Dialer Status". */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  substatusType?: string;
}
