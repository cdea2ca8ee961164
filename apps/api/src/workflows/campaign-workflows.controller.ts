import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { buildWorkflowOptions, CrmContextService } from '@hub/workflows';
import { Access } from '../auth/access.decorator';
import { AuthContext } from '../auth/auth-context.type';
import { CurrentAuth } from '../auth/current-auth.decorator';
import { CampaignsService } from '../campaigns/campaigns.service';
import { CreateWorkflowDto, UpdateWorkflowDto } from './workflow.dto';
import { WorkflowsService } from './workflows.service';

@ApiTags('workflows')
@ApiBearerAuth()
@Controller('v1/campaigns/:campaignId')
export class CampaignWorkflowsController {
  constructor(
    private readonly workflows: WorkflowsService,
    private readonly campaigns: CampaignsService,
    private readonly crm: CrmContextService,
  ) {}

  @Post('workflows')
  @Access('write')
  @ApiOperation({ summary: 'Add a workflow to the campaign (or { "template": key } to start from a template)' })
  create(@CurrentAuth() auth: AuthContext, @Param('campaignId') campaignId: string, @Body() body: CreateWorkflowDto) {
    return this.workflows.create(auth, campaignId, body);
  }

  @Get('workflows')
  @Access('read')
  async list(@CurrentAuth() auth: AuthContext, @Param('campaignId') campaignId: string) {
    return { data: await this.workflows.list(auth, campaignId) };
  }

  @Get('workflows/:id')
  @Access('read')
  get(@CurrentAuth() auth: AuthContext, @Param('campaignId') campaignId: string, @Param('id') id: string) {
    return this.workflows.get(auth, id, campaignId);
  }

  @Patch('workflows/:id')
  @Access('write')
  update(
    @CurrentAuth() auth: AuthContext,
    @Param('campaignId') campaignId: string,
    @Param('id') id: string,
    @Body() body: UpdateWorkflowDto,
  ) {
    return this.workflows.update(auth, id, body, campaignId);
  }

  @Delete('workflows/:id')
  @Access('write')
  @HttpCode(204)
  async delete(@CurrentAuth() auth: AuthContext, @Param('campaignId') campaignId: string, @Param('id') id: string) {
    await this.workflows.delete(auth, id, campaignId);
  }

  @Get('workflow-options')
  @Access('read')
  @ApiOperation({ summary: "What a workflow builder may offer for this campaign: triggers, actions, the CRM's statuses" })
  async options(@CurrentAuth() auth: AuthContext, @Param('campaignId') campaignId: string) {
    const campaign = await this.campaigns.getVisible(auth, campaignId);
    const crm = await this.crm.load(auth.workspaceId);
    return buildWorkflowOptions({ form: campaign.form, crm });
  }
}
