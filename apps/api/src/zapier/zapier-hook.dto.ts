import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUrl, Length } from 'class-validator';
import type { ZapierSubscribeInput } from '@hub/outbound';
import { OUTBOUND_EVENT_TYPES } from '../webhooks/webhook-endpoint.dto';

export class CreateZapierHookDto implements ZapierSubscribeInput {
  @ApiProperty({ example: 'https://hooks.zapier.com/hooks/standard/123456/abcdef/' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  @Length(1, 2000)
  targetUrl: string;

  @ApiProperty({ example: 'call.completed', enum: OUTBOUND_EVENT_TYPES })
  @IsIn(OUTBOUND_EVENT_TYPES)
  event: string;

  @ApiPropertyOptional({ example: '665f1c2e9b1d8a0012345678', description: 'Only events of this campaign' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  campaignId?: string;
}
