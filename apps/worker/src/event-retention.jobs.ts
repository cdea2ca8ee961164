import { Inject, Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { HUB_CONFIG, HubConfig } from '@hub/common';
import { EventRepository } from '@hub/persistence';

const DAY_MS = 24 * 3600 * 1000;

/**
 * Deletes processed events past the retention period, hourly; safe in every
 * worker at once. Besides keeping data no longer than needed, it bounds what
 * the pending-events sweep reads: on FerretDB that query scans every event.
 */
@Injectable()
export class EventRetentionJobs {
  private readonly logger = new Logger(EventRetentionJobs.name);

  constructor(
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    private readonly events: EventRepository,
  ) {}

  @Cron(CronExpression.EVERY_HOUR)
  async hourly(): Promise<void> {
    await this.purgeExpiredEvents(new Date());
  }

  async purgeExpiredEvents(now: Date): Promise<number> {
    if (!(this.config.eventRetentionDays > 0)) return 0;
    const cutoff = new Date(now.getTime() - this.config.eventRetentionDays * DAY_MS);
    const deleted = await this.events.deleteProcessedBefore(cutoff).catch((error: Error) => {
      this.logger.warn(`event purge skipped: ${error.message}`);
      return 0;
    });
    if (deleted > 0) this.logger.log(`deleted ${deleted} processed event(s) past retention`);
    return deleted;
  }
}
