import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../auth/access.decorator';
import { AuthContext } from '../auth/auth-context.type';
import { CurrentAuth } from '../auth/current-auth.decorator';
import { WorkflowReportQueryDto } from './workflow-report.dto';
import { WorkflowReportService } from './workflow-report.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('v1/campaigns/:campaignId/reports')
export class WorkflowReportController {
  constructor(private readonly service: WorkflowReportService) {}

  @Get('workflows')
  @Access('read')
  @ApiOperation({ summary: 'Reports → Workflows: counts per workflow over a time range, and the runs, newest first' })
  workflows(@CurrentAuth() auth: AuthContext, @Param('campaignId') campaignId: string, @Query() query: WorkflowReportQueryDto) {
    return this.service.report(auth, campaignId, query);
  }
}
