import { Injectable } from '@nestjs/common';
import { SecretBox } from '@hub/common';
import type { WebhookEndpoint } from './webhook-endpoint.schema';

/** Endpoint secrets are stored encrypted (HUB_ENCRYPTION_KEY); without a key none can be created. */
@Injectable()
export class EndpointSecrets {
  constructor(private readonly box: SecretBox) {}

  seal(secret: string): string {
    return this.box.encrypt(secret);
  }

  open(sealed: string): string {
    return this.box.decrypt(sealed);
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
