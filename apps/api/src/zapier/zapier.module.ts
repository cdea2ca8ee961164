import { Module } from '@nestjs/common';
import { OutboundModule } from '@hub/outbound';
import { ZapierController } from './zapier.controller';

/** What the Kayse Hub Zapier app calls: auth test, REST hooks, samples. */
@Module({
  imports: [OutboundModule],
  controllers: [ZapierController],
})
export class ZapierApiModule {}
