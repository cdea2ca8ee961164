/** What an admin sets on an endpoint (the API's DTOs validate it). */
export interface EndpointInput {
  url: string;
  description?: string;
  eventTypes?: string[];
  campaignIds?: string[];
  enabled?: boolean;
  rateLimitPerSecond?: number | null;
}
