import { Module } from '@nestjs/common';
import { QueueModule } from '@hub/queue';
import { MetricsController } from './metrics.controller';

/** Prometheus metrics of the process and of the events queue. */
@Module({
  imports: [QueueModule],
  controllers: [MetricsController],
})
export class MetricsModule {}
