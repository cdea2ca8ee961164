import { Injectable } from '@nestjs/common';
import { CrmConnectionRepository, MappedStatus } from '@hub/persistence';

export interface CrmContext {
  connected: boolean;
  provider?: string;
  statuses: MappedStatus[];
  usableStatusIds: Set<string>;
  statusName(id: string): string | undefined;
}

/** What workflows need to know of the workspace's CRM: connected or not, and its mapping. */
@Injectable()
export class CrmContextService {
  constructor(private readonly connections: CrmConnectionRepository) {}

  async load(workspaceId: string): Promise<CrmContext> {
    const connection = await this.connections.cachedGet(workspaceId);
    const statuses = connection?.mapping?.statuses ?? [];
    const byId = new Map(statuses.map((s) => [s.id, s]));
    return {
      connected: !!connection,
      provider: connection?.provider,
      statuses,
      usableStatusIds: new Set(statuses.filter((s) => s.usable).map((s) => s.id)),
      statusName: (id) => {
        const status = byId.get(id);
        return status ? status.label || status.name : undefined;
      },
    };
  }
}
