import type { AttemptTrigger } from './webhook-attempt.schema';

export const DELIVERIES_QUEUE = 'deliveries';

export interface DeliveryJob {
  workspaceId: string;
  messageId: string;
  trigger: AttemptTrigger;
  /** Lets the worker check the destination's in-flight cap before touching the database. */
  destinationId: string;
}
