import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsObject, IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';

export class PutCrmConnectionDto {
  @ApiProperty({ example: 'smartadvocate', description: 'A connector key: GET /v1/crm-connection/providers' })
  @IsString()
  @Length(1, 50)
  provider: string;

  @ApiProperty({ example: 'https://app.smartadvocate.com/CaseSyncAPI/' })
  @IsString()
  @MaxLength(2000)
  baseUrl: string;

  @ApiProperty({
    example: { username: 'kayse-integration', password: '••••••' },
    description: "Validated against the connector's credentials schema; stored encrypted, never returned",
  })
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

export class PutCrmMappingDto {
  @ApiPropertyOptional({ type: [MappedStatusPatchDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => MappedStatusPatchDto)
  statuses?: MappedStatusPatchDto[];

  @ApiPropertyOptional({ nullable: true, example: '3' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  defaultNoteTypeId?: string | null;
}
