import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Queue, Worker } from 'bullmq';
import { HUB_CONFIG, HubConfig } from '@hub/common';
import { CrmConnectorService } from '@hub/crm';
import { CrmConnectionRepository } from '@hub/persistence';
import { createHubWorker, QUEUE } from '@hub/queue';

const JOB = 'crm-mapping-sync';

/**
 * Syncs every connected CRM's statuses into its workspace's mapping on a
 * schedule. A BullMQ job scheduler makes it run once per period however many
 * worker processes there are.
 */
@Injectable()
export class CrmMappingSyncWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CrmMappingSyncWorker.name);
  private worker?: Worker;

  constructor(
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    @InjectQueue(QUEUE.maintenance) private readonly queue: Queue,
    private readonly connections: CrmConnectionRepository,
    private readonly crm: CrmConnectorService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.worker = createHubWorker(this.config, QUEUE.maintenance, async (job) => (job.name === JOB ? this.syncAll() : undefined), {
      concurrency: 1,
    });
    await this.queue
      .upsertJobScheduler(JOB, { every: this.config.crmSyncIntervalMs }, { name: JOB, opts: { removeOnComplete: 10, removeOnFail: 10 } })
      .catch((error: Error) => this.logger.warn(`could not schedule the CRM sync: ${error.message}`));
  }

  async syncAll(): Promise<{ synced: number; failed: number }> {
    let synced = 0;
    let failed = 0;
    for (const { workspaceId } of await this.connections.findAllConnected()) {
      try {
        await this.crm.syncMapping(workspaceId.toString());
        synced++;
      } catch (error) {
        failed++;
        this.logger.warn(`CRM sync of workspace ${workspaceId.toString()} failed: ${(error as Error).message}`);
      }
    }
    return { synced, failed };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
