import { Module } from '@nestjs/common';
import { CrmModule } from '@hub/crm';
import { OutboundModule } from '@hub/outbound';
import { PersistenceModule } from '@hub/persistence';
import { QueueModule } from '@hub/queue';
import { CrmContextService } from './crm-context.service';
import { OutreachStopper } from './outreach-stopper.service';
import { StepRunnerService } from './step-runner.service';
import { WorkflowEngineService } from './workflow-engine.service';

/** The engine and step runner (worker side) and the CRM context workflows are checked against (both sides). */
@Module({
  imports: [PersistenceModule, QueueModule, CrmModule, OutboundModule],
  providers: [CrmContextService, WorkflowEngineService, StepRunnerService, OutreachStopper],
  exports: [CrmContextService, WorkflowEngineService, StepRunnerService],
})
export class WorkflowsModule {}
