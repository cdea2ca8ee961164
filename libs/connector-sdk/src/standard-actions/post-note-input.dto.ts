import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** Input of `post_note`, the same for every CRM; a connector may extend it. */
export class PostNoteInput {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  caseId: string;

  /** Plain text; each connector converts it to what its CRM stores. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  text: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  subject?: string;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  noteTypeId?: string;
}
