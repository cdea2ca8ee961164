import { Global, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { HUB_CONFIG, HubConfig } from '@hub/common';
import { ApiKeyRepository } from './api-key.repository';
import { ApiKey, ApiKeySchema } from './api-key.schema';
import { CampaignRepository } from './campaign.repository';
import { Campaign, CampaignSchema } from './campaign.schema';
import { EventRepository } from './event.repository';
import { StoredEvent, StoredEventSchema } from './event.schema';
import { WorkspaceRepository } from './workspace.repository';
import { Workspace, WorkspaceSchema } from './workspace.schema';

const repositories = [WorkspaceRepository, ApiKeyRepository, CampaignRepository, EventRepository];

@Global()
@Module({
  imports: [
    MongooseModule.forRootAsync({
      inject: [HUB_CONFIG],
      useFactory: (config: HubConfig) => ({
        uri: config.mongodbUri,
        serverSelectionTimeoutMS: 5000,
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
    ]),
  ],
  providers: repositories,
  exports: repositories,
})
export class PersistenceModule {}
