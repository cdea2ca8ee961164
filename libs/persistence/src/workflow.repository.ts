import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { ConfigRepository } from './config.repository';
import { WithId } from './tenant.repository';
import { WorkspaceConfigCache } from './workspace-config.cache';
import { Workflow } from './workflow.schema';

@Injectable()
export class WorkflowRepository extends ConfigRepository<Workflow> {
  constructor(@InjectModel(Workflow.name) model: Model<Workflow>, cache: WorkspaceConfigCache) {
    super(model, cache, 'workflow');
  }

  /** The campaign's enabled workflows, oldest first; cached for the worker's hot path, read-only. */
  async cachedEnabledForCampaign(workspaceId: string, campaignId: string): Promise<WithId<Workflow>[]> {
    return this.cached(workspaceId, `enabled:${campaignId}`, () =>
      this.find(workspaceId, { campaignId, enabled: true }, { sort: { createdAt: 1 } }),
    );
  }
}
