import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { ApiKeysController } from './api-keys/api-keys.controller';
import { ApiKeysService } from './api-keys/api-keys.service';
import { AuthModule } from './auth/auth.module';
import { CampaignsController } from './campaigns/campaigns.controller';
import { CampaignsService } from './campaigns/campaigns.service';
import { EventsController } from './events/events.controller';
import { EventsQueryService } from './events/events-query.service';
import { IngestService } from './events/ingest.service';
import { HealthController } from './health/health.controller';
import { JsonContentTypeMiddleware } from './json-content-type.middleware';
import { MetricsController } from './metrics/metrics.controller';
import { WorkspacesController } from './workspaces/workspaces.controller';

/** The HTTP side. Needs the core modules (config, persistence, queue) from the root. */
@Module({
  imports: [AuthModule],
  controllers: [
    WorkspacesController,
    ApiKeysController,
    CampaignsController,
    EventsController,
    HealthController,
    MetricsController,
  ],
  providers: [ApiKeysService, CampaignsService, IngestService, EventsQueryService],
  exports: [CampaignsService],
})
export class ApiModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(JsonContentTypeMiddleware).forRoutes('*');
  }
}
