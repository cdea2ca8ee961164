import { Injectable } from '@nestjs/common';
import { CrmConnectionRepository, MappedStatus, MappedSubstatus } from '@hub/persistence';

export interface CrmContext {
  connected: boolean;
  provider?: string;
  statuses: MappedStatus[];
  substatuses: MappedSubstatus[];
  usableStatusIds: Set<string>;
  usableSubstatusIds: Set<string>;
  /** The label or name of a status or a secondary status ("Dialer Status: Do not dial"). */
  statusName(id: string): string | undefined;
}

/** What workflows need to know of the workspace's CRM: connected or not, and its mapping. */
@Injectable()
export class CrmContextService {
  constructor(private readonly connections: CrmConnectionRepository) {}

  async load(workspaceId: string): Promise<CrmContext> {
    const connection = await this.connections.cachedGet(workspaceId);
    const statuses = connection?.mapping?.statuses ?? [];
    const substatuses = connection?.mapping?.substatuses ?? [];
    const names = new Map([
      ...substatuses.map((s): [string, string] => [s.id, `${s.statusType}: ${s.label || s.name}`]),
      ...statuses.map((s): [string, string] => [s.id, s.label || s.name]),
    ]);
    return {
      connected: !!connection,
      provider: connection?.provider,
      statuses,
      substatuses,
      usableStatusIds: new Set(statuses.filter((s) => s.usable).map((s) => s.id)),
      usableSubstatusIds: new Set(substatuses.filter((s) => s.usable).map((s) => s.id)),
      statusName: (id) => names.get(id),
    };
  }
}
