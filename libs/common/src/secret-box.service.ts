import { Inject, Injectable } from '@nestjs/common';
import { HUB_CONFIG, HubConfig } from './hub-config';
import { HubError } from './hub.error';
import { HubErrorCode } from './hub-error-code';
import { decryptSecret, encryptSecret, parseEncryptionKey } from './secret-box.util';

/** Encrypts secrets at rest with HUB_ENCRYPTION_KEY; refuses to store them without it. */
@Injectable()
export class SecretBox {
  private readonly key?: Buffer;

  constructor(@Inject(HUB_CONFIG) config: HubConfig) {
    this.key = config.encryptionKey ? parseEncryptionKey(config.encryptionKey) : undefined;
  }

  encrypt(plaintext: string): string {
    return encryptSecret(plaintext, this.requireKey());
  }

  decrypt(envelope: string): string {
    return decryptSecret(envelope, this.requireKey());
  }

  private requireKey(): Buffer {
    if (!this.key) throw new HubError(HubErrorCode.SERVICE_UNAVAILABLE, 'HUB_ENCRYPTION_KEY is not set: secrets cannot be stored');
    return this.key;
  }
}
