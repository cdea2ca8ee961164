import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { DestinationSource, ResolvedDestination } from '../delivery-destination.type';
import { ZapierSubscriptionRepository } from './zapier-subscription.repository';

/** Zapier accepts about 30 requests per second per hook URL. */
export const ZAPIER_REQUESTS_PER_SECOND = 30;

/** Zapier hooks as a delivery destination: unsigned, throttled per hook URL, deleted on 410 (the Zap was deleted). */
@Injectable()
export class ZapierDestinationSource implements DestinationSource {
  readonly kind = 'zapier' as const;

  constructor(private readonly subscriptions: ZapierSubscriptionRepository) {}

  async load(workspaceId: string, id: string): Promise<ResolvedDestination | null> {
    const subscription = await this.subscriptions.findById(workspaceId, id);
    if (!subscription) return null;
    return {
      id,
      url: subscription.targetUrl,
      enabled: true,
      secrets: [],
      rateLimitPerSecond: ZAPIER_REQUESTS_PER_SECOND,
      rateKey: `zapier:${createHash('sha256').update(subscription.targetUrl).digest('hex').slice(0, 32)}`,
      failing: false,
    };
  }

  // Zapier keeps no health state: a dead hook answers 410 and is dropped.
  async onRecovered(): Promise<void> {}

  async onFailed(): Promise<void> {}

  async onGone(workspaceId: string, id: string): Promise<void> {
    await this.subscriptions.deleteById(workspaceId, id);
  }
}
