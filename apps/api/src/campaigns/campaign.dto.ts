import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { CAMPAIGN_STATUSES, CampaignStatus } from '@hub/persistence';

export class CampaignFormDto {
  @ApiProperty({ example: 'form_intake_mva' })
  @IsString()
  @Length(1, 200)
  id: string;

  @ApiProperty({ example: 'MVA intake' })
  @IsString()
  @Length(1, 200)
  name: string;
}

export class CreateCampaignDto {
  @ApiProperty({ example: 'MVA leads — November' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiPropertyOptional({ enum: CAMPAIGN_STATUSES, default: 'active' })
  @IsOptional()
  @IsIn(CAMPAIGN_STATUSES)
  status?: CampaignStatus;

  @ApiPropertyOptional({ type: CampaignFormDto, nullable: true, description: 'The linked form, or null' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CampaignFormDto)
  form?: CampaignFormDto | null;
}

export class UpdateCampaignDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ enum: CAMPAIGN_STATUSES })
  @IsOptional()
  @IsIn(CAMPAIGN_STATUSES)
  status?: CampaignStatus;

  @ApiPropertyOptional({ type: CampaignFormDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CampaignFormDto)
  form?: CampaignFormDto | null;
}
