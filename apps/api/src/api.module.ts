import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { WorkflowsModule } from '@hub/workflows';
import { ApiKeysController } from './api-keys/api-keys.controller';
import { ApiKeysService } from './api-keys/api-keys.service';
import { AuthModule } from './auth/auth.module';
import { CampaignsController } from './campaigns/campaigns.controller';
import { CampaignsService } from './campaigns/campaigns.service';
import { ContactsController } from './contacts/contacts.controller';
import { CrmConnectionController } from './crm/crm-connection.controller';
import { CrmConnectionService } from './crm/crm-connection.service';
import { CrmInboundService } from './crm/crm-inbound.service';
import { CrmMappingService } from './crm/crm-mapping.service';
import { LawRulerWebhookController } from './crm/lawruler-webhook.controller';
import { EventsController } from './events/events.controller';
import { EventsQueryService } from './events/events-query.service';
import { IngestService } from './events/ingest.service';
import { HealthController } from './health/health.controller';
import { JsonContentTypeMiddleware } from './json-content-type.middleware';
import { MetricsController } from './metrics/metrics.controller';
import { WorkflowReportController } from './reports/workflow-report.controller';
import { WorkflowReportService } from './reports/workflow-report.service';
import { CampaignWorkflowsController } from './workflows/campaign-workflows.controller';
import { WorkflowsController } from './workflows/workflows.controller';
import { WorkflowsService } from './workflows/workflows.service';
import { WorkspacesController } from './workspaces/workspaces.controller';
import { OutboundApiModule } from './webhooks/outbound-api.module';

/** The HTTP side. Needs HubCoreModule and CrmModule from the root. */
@Module({
  imports: [AuthModule, WorkflowsModule, OutboundApiModule],
  controllers: [
    WorkspacesController,
    ApiKeysController,
    CampaignsController,
    EventsController,
    HealthController,
    MetricsController,
    CampaignWorkflowsController,
    WorkflowsController,
    WorkflowReportController,
    ContactsController,
    CrmConnectionController,
    LawRulerWebhookController,
  ],
  providers: [
    ApiKeysService,
    CampaignsService,
    IngestService,
    EventsQueryService,
    WorkflowsService,
    WorkflowReportService,
    CrmConnectionService,
    CrmMappingService,
    CrmInboundService,
  ],
  exports: [CampaignsService],
})
export class ApiModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // LawRuler posts forms (or JSON); a CSV export comes as text/csv: those routes check their own types.
    consumer
      .apply(JsonContentTypeMiddleware)
      .exclude({ path: 'v1/sources/lawruler/:token', method: RequestMethod.POST }, { path: 'v1/crm-connection/mapping/statuses/import', method: RequestMethod.POST })
      .forRoutes('*');
  }
}
