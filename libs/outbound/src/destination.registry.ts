import { Injectable } from '@nestjs/common';
import type { DestinationSource } from './delivery-destination.type';
import type { DestinationKind } from './webhook-message.schema';

/** The destination kinds the engine delivers to; each kind's module registers its source at start-up. */
@Injectable()
export class DestinationRegistry {
  private readonly sources = new Map<DestinationKind, DestinationSource>();

  register(source: DestinationSource): void {
    this.sources.set(source.kind, source);
  }

  get(kind: DestinationKind): DestinationSource {
    const source = this.sources.get(kind);
    if (!source) throw new Error(`No delivery destination registered for "${kind}"`);
    return source;
  }
}
