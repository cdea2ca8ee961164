/** Whether a destination with these filters takes the event (an empty filter takes all). */
export function matchesFilters(
  filters: { eventTypes?: readonly string[]; campaignIds?: readonly string[] },
  event: { type: string; campaignId: string },
): boolean {
  const types = filters.eventTypes ?? [];
  const campaigns = filters.campaignIds ?? [];
  return (types.length === 0 || types.includes(event.type)) && (campaigns.length === 0 || campaigns.includes(event.campaignId));
}
