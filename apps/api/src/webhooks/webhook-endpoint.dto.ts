import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Length, Max, Min } from 'class-validator';
import { HUB_EVENT_TYPES, INBOUND_EVENT_TYPES } from '@hub/events';
import type { EndpointInput } from '@hub/outbound';

export const OUTBOUND_EVENT_TYPES = [...INBOUND_EVENT_TYPES, ...HUB_EVENT_TYPES] as readonly string[];
const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

export class CreateWebhookEndpointDto implements EndpointInput {
  @ApiProperty({ example: 'https://hooks.firm.example/kayse' })
  @IsUrl(URL_OPTIONS)
  @Length(1, 2000)
  url: string;

  @ApiPropertyOptional({ example: 'Intake CRM bridge' })
  @IsOptional()
  @IsString()
  @Length(0, 500)
  description?: string;

  @ApiPropertyOptional({
    example: ['call.completed', 'handoff.requested'],
    description: 'Empty or absent: every event type',
    enum: OUTBOUND_EVENT_TYPES,
    isArray: true,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsIn(OUTBOUND_EVENT_TYPES, { each: true })
  eventTypes?: string[];

  @ApiPropertyOptional({ example: ['665f1c2e9b1d8a0012345678'], description: 'Empty or absent: every campaign' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  campaignIds?: string[];

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional({ example: 10, nullable: true, description: 'Requests per second at most; null: no limit' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  rateLimitPerSecond?: number | null;
}

export class UpdateWebhookEndpointDto implements Partial<EndpointInput> {
  @ApiPropertyOptional({ example: 'https://hooks.firm.example/kayse-v2' })
  @IsOptional()
  @IsUrl(URL_OPTIONS)
  @Length(1, 2000)
  url?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(0, 500)
  description?: string;

  @ApiPropertyOptional({ enum: OUTBOUND_EVENT_TYPES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsIn(OUTBOUND_EVENT_TYPES, { each: true })
  eventTypes?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  campaignIds?: string[];

  @ApiPropertyOptional({ example: true, description: 'true re-enables a disabled endpoint' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional({ example: 5, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  rateLimitPerSecond?: number | null;
}
