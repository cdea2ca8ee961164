/** The webhook-id header: the same on every attempt of one message, so receivers can dedupe. */
export function webhookId(messageId: string): string {
  return `msg_${messageId}`;
}
