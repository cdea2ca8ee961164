export const QUEUE = {
  /** One job per stored event: match workflows, fan out to outbound destinations. */
  events: 'events',
} as const;

export type QueueName = (typeof QUEUE)[keyof typeof QUEUE];
