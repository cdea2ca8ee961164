import type { DestinationKind } from './webhook-message.schema';

/** Where a message goes, as the delivery engine needs it, whatever kind of destination it is. */
export interface ResolvedDestination {
  id: string;
  url: string;
  enabled: boolean;
  /** Signing secrets, newest first; empty: the requests go unsigned. */
  secrets: string[];
  /** Requests per second at most; null: none beyond the in-flight cap. */
  rateLimitPerSecond: number | null;
  /** Groups the requests that share one rate limit (an endpoint, or one hook URL). */
  rateKey: string;
  /** A failing streak is running: the next success ends it. */
  failing: boolean;
}

/** One kind of destination (webhook endpoints, Zapier hooks): how to load it and how it reacts to outcomes. */
export interface DestinationSource {
  readonly kind: DestinationKind;
  load(workspaceId: string, id: string): Promise<ResolvedDestination | null>;
  /** A delivery succeeded while the destination was failing. */
  onRecovered(workspaceId: string, id: string): Promise<void>;
  onFailed(workspaceId: string, id: string, at: Date): Promise<void>;
  /** The receiver answered 410 Gone: it wants no more. */
  onGone(workspaceId: string, id: string): Promise<void>;
}
