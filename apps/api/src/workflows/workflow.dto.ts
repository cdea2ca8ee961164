import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsMongoId, IsOptional, IsString, Length, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { ACTION_TYPES, ActionType, TRIGGER_TYPES, TriggerType } from '@hub/workflows';

export class TriggerDto {
  @ApiProperty({ enum: TRIGGER_TYPES, example: 'post_call_status' })
  @IsIn(TRIGGER_TYPES)
  type: TriggerType;

  @ApiPropertyOptional({ type: [String], example: ['unsuccessful'], description: 'Call statuses, reply buckets or form statuses; none for human_handoff' })
  @ValidateIf((t: TriggerDto) => t.type !== 'human_handoff')
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  values?: string[];
}

export class ActionDto {
  @ApiProperty({ enum: ACTION_TYPES, example: 'stop_calls' })
  @IsIn(ACTION_TYPES)
  type: ActionType;

  @ApiPropertyOptional({ description: 'The CRM status id, for update_crm_status (required unless substatusId is given)', example: '12' })
  @ValidateIf((a: ActionDto) => a.type === 'update_crm_status' && (a.substatusId === undefined || a.statusId !== undefined))
  @IsString()
  @Length(1, 100)
  statusId?: string;

  @ApiPropertyOptional({ description: "A secondary status id (SmartAdvocate's substatus, by status type), for update_crm_status", example: '890' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  substatusId?: string;
}

export class WorkflowFieldsDto {
  @ApiPropertyOptional({ example: 'Unsuccessful call: stop calling' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional({ type: TriggerDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => TriggerDto)
  trigger?: TriggerDto;

  @ApiPropertyOptional({ type: [ActionDto] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ActionDto)
  actions?: ActionDto[];

  @ApiPropertyOptional({ nullable: true, example: 'Left voicemail for {{contact.name}} on {{event.occurredAt}}', description: 'Posted to the CRM every time the workflow fires' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  crmNote?: string | null;
}

export class CreateWorkflowDto extends WorkflowFieldsDto {
  @ApiPropertyOptional({ description: 'Create from a template (GET /v1/workflow-templates); other fields override it', example: 'unsuccessful_call_stop_and_note' })
  @IsOptional()
  @IsString()
  template?: string;

  @ApiPropertyOptional({ description: 'With a template that updates the CRM status: the status to use' })
  @IsOptional()
  @IsString()
  statusId?: string;
}

export class CreateTopLevelWorkflowDto extends CreateWorkflowDto {
  @ApiProperty({ description: 'The campaign the workflow belongs to' })
  @IsMongoId()
  campaignId: string;
}

export class UpdateWorkflowDto extends WorkflowFieldsDto {}
