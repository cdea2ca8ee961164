import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression, Interval } from '@nestjs/schedule';
import { WebhookMaintenance } from '@hub/outbound';

const DISABLE_CHECK_EVERY_MS = 60_000;

/** Scheduled webhook housekeeping; safe in every worker process at once (each step is idempotent). */
@Injectable()
export class WebhookMaintenanceJobs {
  private readonly logger = new Logger(WebhookMaintenanceJobs.name);

  constructor(private readonly maintenance: WebhookMaintenance) {}

  @Interval(DISABLE_CHECK_EVERY_MS)
  async disableFailingEndpoints(): Promise<void> {
    await this.maintenance.disableFailingEndpoints().catch((error: Error) => this.logger.warn(`auto-disable skipped: ${error.message}`));
  }

  @Cron(CronExpression.EVERY_HOUR)
  async purgeExpiredPayloads(): Promise<void> {
    const purged = await this.maintenance.purgeExpiredPayloads().catch((error: Error) => {
      this.logger.warn(`payload purge skipped: ${error.message}`);
      return 0;
    });
    if (purged > 0) this.logger.log(`purged ${purged} webhook payload(s) past retention`);
  }
}
