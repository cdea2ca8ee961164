import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsObject, IsOptional, IsString, Length, Matches, MaxLength, ValidateNested } from 'class-validator';

export class PutCrmConnectionDto {
  @ApiProperty({ example: 'smartadvocate', description: 'A connector key: GET /v1/crm-connection/providers' })
  @IsString()
  @Length(1, 50)
  provider: string;

  @ApiPropertyOptional({
    example: 'https://app.smartadvocate.com',
    description: "The CRM's address. SmartAdvocate: the host alone or the …/CaseSyncAPI/ URL. LawRuler: the portal URL, or none to use https://<clientRoot>.lawruler.com/",
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  baseUrl?: string;

  @ApiProperty({ example: { username: 'kayse-integration', password: '••••••' }, description: "Validated against the connector's credentials schema; stored encrypted, never returned" })
  @IsObject()
  credentials: Record<string, unknown>;
}

export class MappedStatusPatchDto {
  @ApiProperty({ example: '12' })
  @IsString()
  @Length(1, 100)
  id: string;

  @ApiPropertyOptional({ example: 'Retained', description: "The firm's label; empty to use the CRM's name" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  label?: string;

  @ApiPropertyOptional({ description: 'Whether workflows may move a case to this status' })
  @IsOptional()
  @IsBoolean()
  usable?: boolean;
}

export class MappedSubstatusPatchDto extends MappedStatusPatchDto {}

export class PutCrmMappingDto {
  @ApiPropertyOptional({ type: [MappedStatusPatchDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => MappedStatusPatchDto)
  statuses?: MappedStatusPatchDto[];

  @ApiPropertyOptional({ type: [MappedSubstatusPatchDto], description: 'Secondary statuses (SmartAdvocate substatuses)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => MappedSubstatusPatchDto)
  substatuses?: MappedSubstatusPatchDto[];

  @ApiPropertyOptional({ nullable: true, example: '3' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  defaultNoteTypeId?: string | null;
}

export class AddCrmStatusDto {
  @ApiProperty({ example: 'Signed', description: 'The status name, as the CRM shows it (LawRuler sets statuses by name)' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiPropertyOptional({ example: '41', description: "The CRM's status id, when known" })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @Matches(/^(?!name:)/, { message: 'id must not start with name:' })
  id?: string;

  @ApiPropertyOptional({ example: '7' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  caseTypeId?: string;

  @ApiPropertyOptional({ example: 'Auto Accident' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  caseType?: string;
}

export class ImportCrmStatusesDto {
  @ApiProperty({ description: 'A CSV export with a Status (or Name) column, optionally Status ID, Case Type ID, Case Type; or send the file itself as text/csv' })
  @IsString()
  @Length(1, 1_000_000)
  csv: string;
}

export class CheckCrmConnectionDto {
  @ApiPropertyOptional({ example: '120045', description: 'A case (LawRuler Lead ID, SmartAdvocate case number) to read, and to write to when asked' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  caseId?: string;

  @ApiPropertyOptional({ description: "Re-apply the case's current status: a write that leaves the case as it was" })
  @IsOptional()
  @IsBoolean()
  dryWrite?: boolean;

  @ApiPropertyOptional({ description: 'Post a note saying it is a connection check (visible in the CRM)' })
  @IsOptional()
  @IsBoolean()
  testNote?: boolean;
}
