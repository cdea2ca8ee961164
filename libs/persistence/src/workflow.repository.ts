import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { TenantRepository, WithId } from './tenant.repository';
import { Workflow } from './workflow.schema';

@Injectable()
export class WorkflowRepository extends TenantRepository<Workflow> {
  constructor(@InjectModel(Workflow.name) model: Model<Workflow>) {
    super(model);
  }

  async findEnabledForCampaign(workspaceId: string, campaignId: string): Promise<WithId<Workflow>[]> {
    return this.find(workspaceId, { campaignId, enabled: true }, { sort: { createdAt: 1 } });
  }
}
