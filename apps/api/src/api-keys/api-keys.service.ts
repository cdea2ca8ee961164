import { Injectable } from '@nestjs/common';
import { Types } from 'mongoose';
import { HubError } from '@hub/common';
import { ApiKey, ApiKeyRepository, ApiKeyRole, CampaignRepository, WithId } from '@hub/persistence';
import { ApiKeyAuthService } from '../auth/api-key-auth.service';
import { generateApiKey } from '../auth/api-key-secret.util';
import { ApiKeyView, CreatedApiKeyView } from './api-key.dto';

@Injectable()
export class ApiKeysService {
  constructor(
    private readonly keys: ApiKeyRepository,
    private readonly campaigns: CampaignRepository,
    private readonly auth: ApiKeyAuthService,
  ) {}

  async create(workspaceId: string, input: { label: string; role: ApiKeyRole; campaignIds?: string[] }): Promise<CreatedApiKeyView> {
    const campaignIds = [...new Set(input.campaignIds ?? [])];
    if (campaignIds.length > 0) {
      const found = await this.campaigns.count(workspaceId, { _id: { $in: campaignIds.map((id) => new Types.ObjectId(id)) } });
      if (found !== campaignIds.length) {
        throw HubError.validation('Unknown campaign', [
          { field: 'campaignIds', code: 'unknown_campaign', message: 'Every campaign must belong to the workspace' },
        ]);
      }
    }
    const { key, hash, prefix } = generateApiKey();
    const created = await this.keys.create(workspaceId, { label: input.label, role: input.role, campaignIds, hash, prefix });
    return { ...toView(created), key };
  }

  async list(workspaceId: string): Promise<ApiKeyView[]> {
    return (await this.keys.find(workspaceId, {}, { sort: { createdAt: -1 } })).map(toView);
  }

  async delete(workspaceId: string, id: string): Promise<void> {
    if (!(await this.keys.deleteById(workspaceId, id))) throw HubError.notFound('API key');
    this.auth.forget(id);
  }
}

function toView(key: WithId<ApiKey>): ApiKeyView {
  return {
    id: key._id.toString(),
    label: key.label,
    role: key.role,
    campaignIds: key.campaignIds,
    prefix: key.prefix,
    createdAt: key.createdAt,
    lastUsedAt: key.lastUsedAt ?? null,
  };
}
