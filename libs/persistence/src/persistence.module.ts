import { Global, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { HUB_CONFIG, HubConfig } from '@hub/common';
import { ApiKeyRepository } from './api-key.repository';
import { ApiKey, ApiKeySchema } from './api-key.schema';
import { CampaignRepository } from './campaign.repository';
import { Campaign, CampaignSchema } from './campaign.schema';
import { EventRepository } from './event.repository';
import { StoredEvent, StoredEventSchema } from './event.schema';
import { CrmConnectionRepository } from './crm-connection.repository';
import { CrmConnection, CrmConnectionSchema } from './crm-connection.schema';
import { CrmLeadStatusRepository } from './crm-lead-status.repository';
import { CrmLeadStatus, CrmLeadStatusSchema } from './crm-lead-status.schema';
import { OutreachStopRepository } from './outreach-stop.repository';
import { OutreachStopRecord, OutreachStopSchema } from './outreach-stop.schema';
import { WorkflowRunRepository } from './workflow-run.repository';
import { WorkflowStepRepository } from './workflow-step.repository';
import { WorkflowStep, WorkflowStepSchema } from './workflow-step.schema';
import { WorkflowRun, WorkflowRunSchema } from './workflow-run.schema';
import { WorkflowRepository } from './workflow.repository';
import { Workflow, WorkflowSchema } from './workflow.schema';
import { WorkspaceRepository } from './workspace.repository';
import { WorkspaceConfigCache } from './workspace-config.cache';
import { IndexBuilder } from './index-builder.service';
import { Workspace, WorkspaceSchema } from './workspace.schema';

const repositories = [
  WorkspaceRepository,
  ApiKeyRepository,
  CampaignRepository,
  EventRepository,
  WorkflowRepository,
  WorkflowRunRepository,
  WorkflowStepRepository,
  OutreachStopRepository,
  CrmConnectionRepository,
  CrmLeadStatusRepository,
  WorkspaceConfigCache,
];

@Global()
@Module({
  imports: [
    MongooseModule.forRootAsync({
      inject: [HUB_CONFIG],
      useFactory: (config: HubConfig) => ({
        uri: config.mongodbUri,
        serverSelectionTimeoutMS: 5000,
        // A server that accepts a connection but never answers (one shutting down) must not
        // hold the driver's monitor or an operation for the default 30 s or forever.
        connectTimeoutMS: 5000,
        socketTimeoutMS: 30_000,
        heartbeatFrequencyMS: 2000,
        // Fail requests fast while the database is down instead of queueing them in memory.
        bufferCommands: false,
        autoIndex: true,
      }),
    }),
    MongooseModule.forFeature([
      { name: Workspace.name, schema: WorkspaceSchema },
      { name: ApiKey.name, schema: ApiKeySchema },
      { name: Campaign.name, schema: CampaignSchema },
      { name: StoredEvent.name, schema: StoredEventSchema },
      { name: Workflow.name, schema: WorkflowSchema },
      { name: WorkflowRun.name, schema: WorkflowRunSchema },
      { name: WorkflowStep.name, schema: WorkflowStepSchema },
      { name: OutreachStopRecord.name, schema: OutreachStopSchema },
      { name: CrmConnection.name, schema: CrmConnectionSchema },
      { name: CrmLeadStatus.name, schema: CrmLeadStatusSchema },
    ]),
  ],
  providers: [...repositories, IndexBuilder],
  exports: repositories,
})
export class PersistenceModule {}
