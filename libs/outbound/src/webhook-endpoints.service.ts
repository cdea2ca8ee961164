import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { assertOutboundUrl, HUB_CONFIG, HubConfig, HubError } from '@hub/common';
import { WithId } from '@hub/persistence';
import { DeliveryService } from './delivery.service';
import { EndpointSecrets } from './endpoint-secrets.service';
import { MessageFanout } from './message-fanout.service';
import { generateWebhookSecret } from './sign-payload.util';
import { EndpointInput } from './webhook-endpoint-input.type';
import { WebhookEndpoint } from './webhook-endpoint.schema';
import { WebhookEndpointRepository } from './webhook-endpoint.repository';
import { webhookBody } from './webhook-body.util';
import { AttemptView, EndpointView, toAttemptView, toEndpointView } from './webhook-views.util';

/** After a rotation the old secret keeps signing this long, so receivers can switch without losing deliveries. */
export const ROTATION_GRACE_MS = 24 * 3600 * 1000;

@Injectable()
export class WebhookEndpointsService {
  constructor(
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    private readonly endpoints: WebhookEndpointRepository,
    private readonly secrets: EndpointSecrets,
    private readonly fanout: MessageFanout,
    private readonly delivery: DeliveryService,
  ) {}

  /** The only answer besides reveal-secret that carries the secret. */
  async create(workspaceId: string, input: EndpointInput): Promise<EndpointView & { secret: string }> {
    await this.assertUrlAllowed(input.url);
    const secret = generateWebhookSecret();
    const created = await this.endpoints.create(workspaceId, {
      url: input.url,
      description: input.description ?? '',
      eventTypes: input.eventTypes ?? [],
      campaignIds: input.campaignIds ?? [],
      enabled: input.enabled ?? true,
      rateLimitPerSecond: input.rateLimitPerSecond ?? null,
      secret: this.secrets.seal(secret),
    });
    return { ...toEndpointView(created), secret };
  }

  async list(workspaceId: string): Promise<EndpointView[]> {
    return (await this.endpoints.find(workspaceId, {}, { sort: { createdAt: -1 } })).map(toEndpointView);
  }

  async get(workspaceId: string, id: string): Promise<EndpointView> {
    return toEndpointView(await this.require(workspaceId, id));
  }

  /** Enabling an endpoint also clears its failing streak and disabled reason. */
  async update(workspaceId: string, id: string, input: Partial<EndpointInput>): Promise<EndpointView> {
    await this.require(workspaceId, id);
    if (input.url !== undefined) await this.assertUrlAllowed(input.url);
    const set: Record<string, unknown> = { ...input };
    if (input.enabled === true) Object.assign(set, { disabledReason: null, failingSince: null });
    const updated = await this.endpoints.updateById(workspaceId, id, { $set: set });
    if (!updated) throw HubError.notFound('Webhook endpoint');
    return toEndpointView(updated);
  }

  async remove(workspaceId: string, id: string): Promise<void> {
    if (!(await this.endpoints.deleteById(workspaceId, id))) throw HubError.notFound('Webhook endpoint');
  }

  async revealSecret(workspaceId: string, id: string): Promise<{ secret: string }> {
    return { secret: this.secrets.open((await this.require(workspaceId, id)).secret) };
  }

  /** A new secret; the old one keeps signing (a second signature) for 24 hours. */
  async rotateSecret(workspaceId: string, id: string, now = new Date()): Promise<{ previousSecretExpiresAt: Date }> {
    const endpoint = await this.require(workspaceId, id);
    const previousSecretExpiresAt = new Date(now.getTime() + ROTATION_GRACE_MS);
    await this.endpoints.updateById(workspaceId, id, {
      $set: { secret: this.secrets.seal(generateWebhookSecret()), previousSecret: endpoint.secret, previousSecretExpiresAt },
    });
    return { previousSecretExpiresAt };
  }

  /** Sends a webhook.test ping now, whatever the endpoint's filters, and answers the attempt. */
  async sendTest(workspaceId: string, id: string): Promise<AttemptView> {
    const endpoint = await this.require(workspaceId, id);
    if (!endpoint.enabled) throw HubError.conflict('The endpoint is disabled: enable it first');
    const eventId = `evt_test_${randomBytes(8).toString('hex')}`;
    const occurredAt = new Date().toISOString();
    const payload = { id: eventId, type: 'webhook.test', occurredAt, data: { message: 'Test delivery from Kayse Hub' } };
    const message = await this.fanout.offer(
      workspaceId,
      {
        kind: 'endpoint',
        destinationId: id,
        eventId,
        eventType: 'webhook.test',
        campaignId: null,
        body: webhookBody({ type: 'webhook.test', occurredAt, payload }),
      },
      { queue: false },
    );
    const attempt = await this.delivery.attemptNow(workspaceId, message._id.toString(), 'manual');
    if (!attempt) throw HubError.conflict('The test message could not be sent');
    return toAttemptView(attempt);
  }

  async require(workspaceId: string, id: string): Promise<WithId<WebhookEndpoint>> {
    const endpoint = await this.endpoints.findById(workspaceId, id);
    if (!endpoint) throw HubError.notFound('Webhook endpoint');
    return endpoint;
  }

  private async assertUrlAllowed(url: string): Promise<void> {
    await assertOutboundUrl(url, this.config.allowPrivateUrls, 'url');
  }
}
