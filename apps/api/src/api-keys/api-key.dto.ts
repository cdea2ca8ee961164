import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsMongoId, IsOptional, IsString, Length } from 'class-validator';
import { API_KEY_ROLES, ApiKeyRole } from '@hub/persistence';

export class CreateApiKeyDto {
  @ApiProperty({ example: 'Kayse production ingest' })
  @IsString()
  @Length(1, 100)
  label: string;

  @ApiProperty({ enum: API_KEY_ROLES, example: 'ingest' })
  @IsIn(API_KEY_ROLES)
  role: ApiKeyRole;

  @ApiPropertyOptional({ type: [String], description: 'Limit the key to these campaigns; empty or absent = all' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsMongoId({ each: true })
  campaignIds?: string[];
}

export interface ApiKeyView {
  id: string;
  label: string;
  role: ApiKeyRole;
  campaignIds: string[];
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

/** Returned once, at creation: the only time the key itself is shown. */
export interface CreatedApiKeyView extends ApiKeyView {
  key: string;
}
