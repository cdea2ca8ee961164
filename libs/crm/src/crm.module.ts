import { Module } from '@nestjs/common';
import { SecretBoxModule } from '@hub/common';
import { PersistenceModule } from '@hub/persistence';
import { RedisModule } from '@hub/redis';
import { CrmConnectorService } from './crm-connector.service';

/** Runs the connectors of the process's registry (HubConfigModule) for a workspace's CRM connection. */
@Module({
  imports: [PersistenceModule, RedisModule, SecretBoxModule],
  providers: [CrmConnectorService],
  exports: [CrmConnectorService],
})
export class CrmModule {}
