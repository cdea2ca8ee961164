import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** Input of `update_case_status`, the same for every CRM; a connector may extend it. */
export class UpdateCaseStatusInput {
  /** The case's identifier in the CRM (a LawRuler Lead ID, a SmartAdvocate case number). */
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  caseId: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  statusId: string;

  /** The status's name as the workflow shows it: spares a lookup where the CRM wants names. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  statusName?: string;
}
