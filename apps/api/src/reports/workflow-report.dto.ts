import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsMongoId, IsOptional, IsString, MaxLength } from 'class-validator';
import { RUN_OUTCOMES, RunOutcome } from '@hub/persistence';
import { PageLimitQueryDto } from '../common/page-limit-query.dto';

export class WorkflowReportQueryDto extends PageLimitQueryDto {
  @ApiPropertyOptional({ description: 'From this time (ISO 8601), inclusive; default 30 days ago' })
  @IsOptional()
  @IsISO8601()
  from?: string;

  @ApiPropertyOptional({ description: 'Until this time (ISO 8601), exclusive; default now' })
  @IsOptional()
  @IsISO8601()
  to?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsMongoId()
  workflowId?: string;

  @ApiPropertyOptional({ enum: RUN_OUTCOMES })
  @IsOptional()
  @IsIn(RUN_OUTCOMES)
  outcome?: RunOutcome;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}
