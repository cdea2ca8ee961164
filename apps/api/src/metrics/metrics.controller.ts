import { Controller, Get, Header, OnModuleInit } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Gauge } from 'prom-client';
import { collectProcessMetrics, metricsRegistry } from '@hub/common';
import { EventQueueProducer } from '@hub/queue';
import { Access } from '../auth/access.decorator';

@ApiExcludeController()
@Controller('metrics')
@Access('public')
export class MetricsController implements OnModuleInit {
  constructor(private readonly queue: EventQueueProducer) {}

  onModuleInit(): void {
    collectProcessMetrics();
    if (metricsRegistry.getSingleMetric('hub_queue_jobs')) return;
    const queue = this.queue;
    new Gauge({
      name: 'hub_queue_jobs',
      help: 'Jobs in the events queue, by state',
      labelNames: ['queue', 'state'] as const,
      async collect() {
        const counts = await queue.depth().catch(() => ({}));
        for (const [state, count] of Object.entries(counts)) this.set({ queue: 'events', state }, count);
      },
    });
  }

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4')
  render(): Promise<string> {
    return metricsRegistry.metrics();
  }
}
