import { QUEUE } from './queue-names';

export interface ProcessEventJob {
  workspaceId: string;
  /** The stored event's _id. */
  storedId: string;
  eventType: string;
  /** How many times the event had been claimed when this job was queued. */
  generation: number;
}

export interface RunStepJob {
  workspaceId: string;
  runId: string;
  stepIndex: number;
}

/** The payload type of each queue, looked up by its name. */
export interface JobPayloadByQueue {
  [QUEUE.events]: ProcessEventJob;
  [QUEUE.actions]: RunStepJob;
}
