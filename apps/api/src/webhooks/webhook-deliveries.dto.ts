import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional } from 'class-validator';
import { MESSAGE_STATUSES, MessageStatus } from '@hub/outbound';
import { PageLimitQueryDto } from '../common/page-limit-query.dto';

export class ListDeliveriesQueryDto extends PageLimitQueryDto {
  @ApiPropertyOptional({ enum: MESSAGE_STATUSES })
  @IsOptional()
  @IsIn(MESSAGE_STATUSES)
  status?: MessageStatus;
}

export class RecoverDto {
  @ApiProperty({ example: '2026-11-20T00:00:00.000Z', description: 'Resend every message that failed since this time' })
  @Type(() => Date)
  @IsDate()
  since: Date;
}
