import { Inject, Injectable } from '@nestjs/common';
import { HUB_CONFIG, HubConfig } from '@hub/common';
import { EndpointDisabler } from './endpoint-disabler.service';
import { WebhookEndpointRepository } from './webhook-endpoint.repository';
import { WebhookMessageRepository } from './webhook-message.repository';

const DISABLE_BATCH = 100;

/** System-wide housekeeping, run by the worker's scheduled jobs. */
@Injectable()
export class WebhookMaintenance {
  constructor(
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    private readonly endpoints: WebhookEndpointRepository,
    private readonly messages: WebhookMessageRepository,
    private readonly disabler: EndpointDisabler,
  ) {}

  /**
   * Disables endpoints whose failing streak outlasted the window even though
   * no attempt has run since (attempts themselves disable on the spot).
   */
  async disableFailingEndpoints(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.webhookDisableAfterMs);
    const failing = await this.endpoints.findFailingBefore(cutoff, DISABLE_BATCH);
    for (const endpoint of failing) {
      const since = (endpoint.failingSince as Date).toISOString();
      await this.disabler.disable(endpoint.workspaceId.toString(), endpoint._id.toString(), `Every delivery failed since ${since}`, now);
    }
    return failing.length;
  }

  /** Drops message bodies past the retention period; the delivery history stays. */
  async purgeExpiredPayloads(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.payloadRetentionDays * 24 * 3600 * 1000);
    return this.messages.purgeBodiesBefore(cutoff);
  }
}
