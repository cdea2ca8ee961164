import { Module } from '@nestjs/common';
import { SecretBoxModule } from '@hub/common';
import { CrmModule } from '@hub/crm';
import { OutboundModule } from '@hub/outbound';
import { PersistenceModule } from '@hub/persistence';
import { CrmConnectionController } from './crm-connection.controller';
import { CrmConnectionService } from './crm-connection.service';
import { CrmInboundService } from './crm-inbound.service';
import { CrmMappingService } from './crm-mapping.service';
import { LawRulerWebhookController } from './lawruler-webhook.controller';

/** The workspace's CRM connection and its mapping, and the CRMs' own webhooks (status changes) into the hub. */
@Module({
  imports: [PersistenceModule, CrmModule, SecretBoxModule, OutboundModule],
  controllers: [CrmConnectionController, LawRulerWebhookController],
  providers: [CrmConnectionService, CrmMappingService, CrmInboundService],
})
export class CrmConnectionModule {}
