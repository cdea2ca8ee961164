import type { AuthContext } from './auth-context.type';

/** A key limited to some campaigns sees the others as if they did not exist. */
export function canSeeCampaign(auth: AuthContext, campaignId: string): boolean {
  return auth.campaignIds.length === 0 || auth.campaignIds.includes(campaignId);
}
