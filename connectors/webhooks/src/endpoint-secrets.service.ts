import { Inject, Injectable } from '@nestjs/common';
import { HUB_CONFIG, HubConfig, SecretBox } from '@hub/common';
import type { WebhookEndpoint } from './webhook-endpoint.schema';

const PLAIN_PREFIX = 'plain.';

/** Stores endpoint secrets encrypted when HUB_ENCRYPTION_KEY is set, as they are otherwise. */
@Injectable()
export class EndpointSecrets {
  constructor(
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    private readonly box: SecretBox,
  ) {}

  seal(secret: string): string {
    return this.config.encryptionKey ? this.box.encrypt(secret) : PLAIN_PREFIX + secret;
  }

  open(sealed: string): string {
    return sealed.startsWith(PLAIN_PREFIX) ? sealed.slice(PLAIN_PREFIX.length) : this.box.decrypt(sealed);
  }

  /** The current secret, then the previous one while its rotation grace period lasts. */
  signingSecrets(endpoint: Pick<WebhookEndpoint, 'secret' | 'previousSecret' | 'previousSecretExpiresAt'>, now = new Date()): string[] {
    const secrets = [this.open(endpoint.secret)];
    if (endpoint.previousSecret && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now) {
      secrets.push(this.open(endpoint.previousSecret));
    }
    return secrets;
  }
}
