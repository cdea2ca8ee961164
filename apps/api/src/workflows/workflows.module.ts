import { Module } from '@nestjs/common';
import { PersistenceModule } from '@hub/persistence';
import { WorkflowsModule } from '@hub/workflows';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { CampaignWorkflowsController } from './campaign-workflows.controller';
import { WorkflowsController } from './workflows.controller';
import { WorkflowsService } from './workflows.service';

/** Workflows, from a campaign and at the top level: one list, one set of rules. */
@Module({
  imports: [PersistenceModule, CampaignsModule, WorkflowsModule],
  controllers: [CampaignWorkflowsController, WorkflowsController],
  providers: [WorkflowsService],
})
export class WorkflowsApiModule {}
