import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsMongoId, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { RUN_OUTCOMES, RunOutcome } from '@hub/persistence';

export class WorkflowReportQueryDto {
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

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}
