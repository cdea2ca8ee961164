import { Module } from '@nestjs/common';
import { SecretBoxModule } from '@hub/common';
import { CrmModule } from '@hub/crm';
import { PersistenceModule } from '@hub/persistence';
import { CrmConnectionController } from './crm-connection.controller';
import { CrmConnectionService } from './crm-connection.service';

/** The workspace's CRM connection and its mapping. */
@Module({
  imports: [PersistenceModule, CrmModule, SecretBoxModule],
  controllers: [CrmConnectionController],
  providers: [CrmConnectionService],
})
export class CrmConnectionModule {}
