/**
 * What a Zap receives, and what the samples endpoint lists: the canonical
 * event, flat at the top with a stable `id` (Zapier dedupes on it).
 */
export function zapierPayload(
  event: { id: string; type: string; occurredAt: string; campaignId: string | null },
  body: object,
): Record<string, unknown> {
  return { ...body, id: event.id, type: event.type, occurredAt: event.occurredAt, campaignId: event.campaignId || null };
}
