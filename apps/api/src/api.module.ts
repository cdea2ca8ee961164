import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { ApiKeysModule } from './api-keys/api-keys.module';
import { AuthModule } from './auth/auth.module';
import { CampaignsModule } from './campaigns/campaigns.module';
import { ContactsModule } from './contacts/contacts.module';
import { CrmConnectionModule } from './crm/crm-connection.module';
import { EventsModule } from './events/events.module';
import { HealthModule } from './health/health.module';
import { JsonContentTypeMiddleware } from './json-content-type.middleware';
import { MetricsModule } from './metrics/metrics.module';
import { ReportsModule } from './reports/reports.module';
import { WebhooksApiModule } from './webhooks/webhooks.module';
import { WorkflowsApiModule } from './workflows/workflows.module';
import { WorkspacesModule } from './workspaces/workspaces.module';
import { ZapierApiModule } from './zapier/zapier.module';

/** The HTTP side: one feature module per folder. */
@Module({
  imports: [
    AuthModule,
    WorkspacesModule,
    ApiKeysModule,
    CampaignsModule,
    EventsModule,
    HealthModule,
    MetricsModule,
    WorkflowsApiModule,
    ReportsModule,
    ContactsModule,
    CrmConnectionModule,
    WebhooksApiModule,
    ZapierApiModule,
  ],
})
export class ApiModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // LawRuler posts forms (or JSON); a CSV export comes as text/csv: those routes check their own types.
    consumer
      .apply(JsonContentTypeMiddleware)
      .exclude(
        { path: 'v1/sources/lawruler/:token', method: RequestMethod.POST },
        { path: 'v1/crm-connection/mapping/statuses/import', method: RequestMethod.POST },
      )
      .forRoutes('*');
  }
}
