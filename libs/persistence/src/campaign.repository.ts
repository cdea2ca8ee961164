import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { Campaign } from './campaign.schema';
import { TenantRepository } from './tenant.repository';

@Injectable()
export class CampaignRepository extends TenantRepository<Campaign> {
  constructor(@InjectModel(Campaign.name) model: Model<Campaign>) {
    super(model);
  }
}
