import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { TenantRepository, WithId } from '@hub/persistence';
import { WebhookAttempt } from './webhook-attempt.schema';

@Injectable()
export class WebhookAttemptRepository extends TenantRepository<WebhookAttempt> {
  constructor(@InjectModel(WebhookAttempt.name) model: Model<WebhookAttempt>) {
    super(model);
  }

  async findForMessages(workspaceId: string, messageIds: Types.ObjectId[]): Promise<WithId<WebhookAttempt>[]> {
    if (messageIds.length === 0) return [];
    return this.find(workspaceId, { messageId: { $in: messageIds } }, { sort: { createdAt: 1 } });
  }
}
