import { Module } from '@nestjs/common';
import { PersistenceModule } from '@hub/persistence';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { WorkflowReportController } from './workflow-report.controller';
import { WorkflowReportService } from './workflow-report.service';

/** Reports → Workflows. */
@Module({
  imports: [PersistenceModule, CampaignsModule],
  controllers: [WorkflowReportController],
  providers: [WorkflowReportService],
})
export class ReportsModule {}
