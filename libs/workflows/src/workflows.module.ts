import { Module } from '@nestjs/common';
import { CrmContextService } from './crm-context.service';
import { OutreachStopper } from './outreach-stopper.service';
import { StepRunnerService } from './step-runner.service';
import { WorkflowEngineService } from './workflow-engine.service';

/** The engine (worker side) and the CRM context (both sides). Needs HubCoreModule and CrmModule. */
@Module({
  providers: [CrmContextService, WorkflowEngineService, StepRunnerService, OutreachStopper],
  exports: [CrmContextService, WorkflowEngineService, StepRunnerService],
})
export class WorkflowsModule {}
