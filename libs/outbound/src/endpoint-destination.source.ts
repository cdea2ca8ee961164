import { Inject, Injectable } from '@nestjs/common';
import { HUB_CONFIG, HubConfig } from '@hub/common';
import type { DestinationSource, ResolvedDestination } from './delivery-destination.type';
import { EndpointDisabler } from './endpoint-disabler.service';
import { EndpointSecrets } from './endpoint-secrets.service';
import { WebhookEndpointRepository } from './webhook-endpoint.repository';

/** Webhook endpoints as a delivery destination: signed, rate limited, disabled on 410 or a long failing streak. */
@Injectable()
export class EndpointDestinationSource implements DestinationSource {
  readonly kind = 'endpoint' as const;

  constructor(
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    private readonly endpoints: WebhookEndpointRepository,
    private readonly secrets: EndpointSecrets,
    private readonly disabler: EndpointDisabler,
  ) {}

  async load(workspaceId: string, id: string): Promise<ResolvedDestination | null> {
    const endpoint = await this.endpoints.findById(workspaceId, id);
    if (!endpoint) return null;
    return {
      id,
      url: endpoint.url,
      enabled: endpoint.enabled,
      secrets: this.secrets.signingSecrets(endpoint),
      rateLimitPerSecond: endpoint.rateLimitPerSecond,
      rateKey: `endpoint:${id}`,
      failing: endpoint.failingSince !== null,
    };
  }

  async onRecovered(workspaceId: string, id: string): Promise<void> {
    await this.endpoints.markHealthy(workspaceId, id);
  }

  async onFailed(workspaceId: string, id: string, at: Date): Promise<void> {
    const failingSince = await this.endpoints.markFailing(workspaceId, id, at);
    if (at.getTime() - failingSince.getTime() >= this.config.webhookDisableAfterMs) {
      await this.disabler.disable(workspaceId, id, `Every delivery failed since ${failingSince.toISOString()}`, at);
    }
  }

  async onGone(workspaceId: string, id: string): Promise<void> {
    await this.disabler.disable(workspaceId, id, 'The endpoint answered 410 Gone');
  }
}
