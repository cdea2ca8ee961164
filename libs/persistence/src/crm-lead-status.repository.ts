import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { CrmLeadStatus, crmLeadStatusId } from './crm-lead-status.schema';
import { TenantRepository } from './tenant.repository';

@Injectable()
export class CrmLeadStatusRepository extends TenantRepository<CrmLeadStatus> {
  constructor(@InjectModel(CrmLeadStatus.name) model: Model<CrmLeadStatus>) {
    super(model);
  }

  get(workspaceId: string, provider: string, caseId: string): Promise<CrmLeadStatus | null> {
    return this.findOwned<CrmLeadStatus>(workspaceId, crmLeadStatusId(workspaceId, provider, caseId));
  }

  /** Written by _id only; the last webhook to be handled wins. */
  async record(workspaceId: string, provider: string, status: Pick<CrmLeadStatus, 'caseId' | 'statusId' | 'statusName' | 'eventId'>): Promise<void> {
    const _id = crmLeadStatusId(workspaceId, provider, status.caseId);
    await this.model
      .updateOne({ _id }, { $set: { ...status, workspaceId: new Types.ObjectId(workspaceId) } }, { upsert: true })
      .exec();
  }
}
