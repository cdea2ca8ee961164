import { Module } from '@nestjs/common';
import { PersistenceModule } from '@hub/persistence';
import { CampaignsController } from './campaigns.controller';
import { CampaignsService } from './campaigns.service';

/** Campaigns and their linked form; CampaignsService is how other folders check a key may see a campaign. */
@Module({
  imports: [PersistenceModule],
  controllers: [CampaignsController],
  providers: [CampaignsService],
  exports: [CampaignsService],
})
export class CampaignsModule {}
