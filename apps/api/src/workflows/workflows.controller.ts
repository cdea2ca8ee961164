import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { WORKFLOW_TEMPLATES } from '@hub/workflows';
import { Access } from '../auth/access.decorator';
import { AuthContext } from '../auth/auth-context.type';
import { CurrentAuth } from '../auth/current-auth.decorator';
import { CreateTopLevelWorkflowDto, UpdateWorkflowDto } from './workflow.dto';
import { WorkflowsService } from './workflows.service';

/** The same workflows as under /v1/campaigns/:id/workflows, addressed from the top. */
@ApiTags('workflows')
@ApiBearerAuth()
@Controller('v1')
export class WorkflowsController {
  constructor(private readonly workflows: WorkflowsService) {}

  @Post('workflows')
  @Access('write')
  create(@CurrentAuth() auth: AuthContext, @Body() body: CreateTopLevelWorkflowDto) {
    const { campaignId, ...rest } = body;
    return this.workflows.create(auth, campaignId, rest);
  }

  @Get('workflows')
  @Access('read')
  @ApiQuery({ name: 'campaignId', required: false })
  async list(@CurrentAuth() auth: AuthContext, @Query('campaignId') campaignId?: string) {
    return { data: await this.workflows.list(auth, campaignId) };
  }

  @Get('workflows/:id')
  @Access('read')
  get(@CurrentAuth() auth: AuthContext, @Param('id') id: string) {
    return this.workflows.get(auth, id);
  }

  @Patch('workflows/:id')
  @Access('write')
  update(@CurrentAuth() auth: AuthContext, @Param('id') id: string, @Body() body: UpdateWorkflowDto) {
    return this.workflows.update(auth, id, body);
  }

  @Delete('workflows/:id')
  @Access('write')
  @HttpCode(204)
  async delete(@CurrentAuth() auth: AuthContext, @Param('id') id: string) {
    await this.workflows.delete(auth, id);
  }

  @Get('workflow-templates')
  @Access('read')
  @ApiOperation({ summary: 'The workflows most firms set up; create one with POST /v1/campaigns/:id/workflows { "template": key }' })
  templates() {
    return { data: WORKFLOW_TEMPLATES };
  }
}
