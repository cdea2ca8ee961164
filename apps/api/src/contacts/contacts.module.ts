import { Module } from '@nestjs/common';
import { PersistenceModule } from '@hub/persistence';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { ContactsController } from './contacts.controller';

/** A contact's outreach state in a campaign. */
@Module({
  imports: [PersistenceModule, CampaignsModule],
  controllers: [ContactsController],
})
export class ContactsModule {}
