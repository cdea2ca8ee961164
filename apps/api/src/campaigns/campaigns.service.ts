import { Injectable } from '@nestjs/common';
import { Types } from 'mongoose';
import { HubError } from '@hub/common';
import { Campaign, CampaignRepository, WithId } from '@hub/persistence';
import { AuthContext } from '../auth/auth-context.type';
import { canSeeCampaign } from '../auth/campaign-scope.util';
import { CreateCampaignDto, UpdateCampaignDto } from './campaign.dto';

export interface CampaignView {
  id: string;
  name: string;
  status: string;
  form: { id: string; name: string } | null;
  createdAt: Date;
  updatedAt: Date;
}

@Injectable()
export class CampaignsService {
  constructor(private readonly campaigns: CampaignRepository) {}

  async create(auth: AuthContext, input: CreateCampaignDto): Promise<CampaignView> {
    const created = await this.campaigns.create(auth.workspaceId, {
      name: input.name,
      status: input.status ?? 'active',
      form: input.form ?? null,
    });
    return toCampaignView(created);
  }

  async list(auth: AuthContext): Promise<CampaignView[]> {
    const filter = auth.campaignIds.length ? { _id: { $in: auth.campaignIds.map((id) => new Types.ObjectId(id)) } } : {};
    return (await this.campaigns.find(auth.workspaceId, filter, { sort: { createdAt: -1 } })).map(toCampaignView);
  }

  /** The campaign, if it exists in the caller's workspace and the key may see it; 404 otherwise. */
  async getVisible(auth: AuthContext, id: string): Promise<WithId<Campaign>> {
    const campaign = canSeeCampaign(auth, id) ? await this.campaigns.findById(auth.workspaceId, id) : null;
    if (!campaign) throw HubError.notFound('Campaign');
    return campaign;
  }

  async update(auth: AuthContext, id: string, input: UpdateCampaignDto): Promise<CampaignView> {
    await this.getVisible(auth, id);
    const updated = await this.campaigns.updateById(auth.workspaceId, id, { $set: input });
    if (!updated) throw HubError.notFound('Campaign');
    return toCampaignView(updated);
  }
}

export function toCampaignView(campaign: WithId<Campaign>): CampaignView {
  return {
    id: campaign._id.toString(),
    name: campaign.name,
    status: campaign.status,
    form: campaign.form ? { id: campaign.form.id, name: campaign.form.name } : null,
    createdAt: campaign.createdAt,
    updatedAt: campaign.updatedAt,
  };
}
