/** What Zapier sends when a Zap turns on (the API's DTO validates it). */
export interface ZapierSubscribeInput {
  targetUrl: string;
  event: string;
  campaignId?: string;
}
