import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { MESSAGE_STATUSES, MessageStatus } from '@hub/connectors/webhooks';

export class ListDeliveriesQueryDto {
  @ApiPropertyOptional({ enum: MESSAGE_STATUSES })
  @IsOptional()
  @IsIn(MESSAGE_STATUSES)
  status?: MessageStatus;

  @ApiPropertyOptional({ example: 50, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

export class RecoverDto {
  @ApiProperty({ example: '2026-11-20T00:00:00.000Z', description: 'Resend every message that failed since this time' })
  @Type(() => Date)
  @IsDate()
  since: Date;
}
