import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { Campaign } from './campaign.schema';
import { ConfigRepository } from './config.repository';
import { WithId } from './tenant.repository';
import { WorkspaceConfigCache } from './workspace-config.cache';

@Injectable()
export class CampaignRepository extends ConfigRepository<Campaign> {
  constructor(@InjectModel(Campaign.name) model: Model<Campaign>, cache: WorkspaceConfigCache) {
    super(model, cache, 'campaign');
  }

  /** For the worker's hot path; read-only. */
  cachedById(workspaceId: string, id: string): Promise<WithId<Campaign> | null> {
    return this.cached(workspaceId, id, () => this.findById(workspaceId, id));
  }
}
