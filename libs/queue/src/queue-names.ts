export const QUEUE = {
  /** One job per stored event: match workflows, fan out to outbound destinations. */
  events: 'events',
  /** One job per step of a fired workflow: each action runs, retries and fails on its own. */
  actions: 'actions',
  /** Periodic system jobs run once per period across all workers (job schedulers). */
  maintenance: 'maintenance',
} as const;

export type QueueName = (typeof QUEUE)[keyof typeof QUEUE];
