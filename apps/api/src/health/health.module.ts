import { Module } from '@nestjs/common';
import { PersistenceModule } from '@hub/persistence';
import { QueueModule } from '@hub/queue';
import { HealthController } from './health.controller';

/** Liveness and readiness (MongoDB and Redis answer). */
@Module({
  imports: [PersistenceModule, QueueModule],
  controllers: [HealthController],
})
export class HealthModule {}
