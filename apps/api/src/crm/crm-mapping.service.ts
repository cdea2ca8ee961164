import { Injectable } from '@nestjs/common';
import { HubError } from '@hub/common';
import { CrmConnectorService, learnStatus, SeenStatus } from '@hub/crm';
import { CrmConnection, CrmConnectionRepository, MappedStatus, MappedStatusSource, WithId } from '@hub/persistence';
import { verificationError } from './crm-connector-error.util';
import { toMappingView } from './crm-connection.view';
import { MappedStatusPatchDto, PutCrmMappingDto } from './crm-connection.dto';
import { parseStatusCsv } from './status-csv.util';

/** Tries of a mapping write that lost a race with another (best effort on FerretDB, see below). */
const LEARN_ATTEMPTS = 3;

/** The CRM's statuses and note types as the workspace knows them: synced, learned, typed, imported. */
@Injectable()
export class CrmMappingService {
  constructor(
    private readonly connections: CrmConnectionRepository,
    private readonly crm: CrmConnectorService,
  ) {}

  async mapping(workspaceId: string) {
    return toMappingView(await this.require(workspaceId));
  }

  async sync(workspaceId: string) {
    await this.require(workspaceId);
    try {
      return toMappingView(await this.crm.syncMapping(workspaceId));
    } catch (error) {
      throw verificationError(error);
    }
  }

  async updateMapping(workspaceId: string, input: PutCrmMappingDto) {
    const connection = await this.require(workspaceId);
    const statuses = [...(connection.mapping?.statuses ?? [])];
    const substatuses = [...(connection.mapping?.substatuses ?? [])];
    const unknown = (input.statuses ?? []).filter((patch) => !statuses.some((s) => s.id === patch.id));
    const unknownSub = (input.substatuses ?? []).filter((patch) => !substatuses.some((s) => s.id === patch.id));
    const noteTypes = connection.mapping?.noteTypes ?? [];
    const badNoteType = input.defaultNoteTypeId && !noteTypes.some((n) => n.id === input.defaultNoteTypeId);
    if (unknown.length || unknownSub.length || badNoteType) {
      throw HubError.validation('Unknown status or note type', [
        ...unknown.map((u) => ({ field: 'statuses', code: 'unknown_status', message: `The CRM has no status "${u.id}"; sync first` })),
        ...unknownSub.map((u) => ({ field: 'substatuses', code: 'unknown_substatus', message: `The CRM has no substatus "${u.id}"; sync first` })),
        ...(badNoteType ? [{ field: 'defaultNoteTypeId', code: 'unknown_note_type', message: `The CRM has no note type "${input.defaultNoteTypeId}"` }] : []),
      ]);
    }
    const $set: Record<string, unknown> = { 'mapping.statuses': applyPatches(statuses, input.statuses ?? []) };
    if (input.substatuses) $set['mapping.substatuses'] = applyPatches(substatuses, input.substatuses);
    if (input.defaultNoteTypeId !== undefined) $set['mapping.defaultNoteTypeId'] = input.defaultNoteTypeId;
    const updated = await this.connections.patch(workspaceId, { $set, $inc: { 'mapping.version': 1 } });
    return toMappingView(updated ?? connection);
  }

  /** A status typed by a person: by name, with its id and case type when known. */
  async addStatus(workspaceId: string, status: SeenStatus) {
    const connection = await this.learn(workspaceId, [status], 'manual');
    return toMappingView(connection);
  }

  /** Statuses from a CSV export: all or nothing, every bad row named. */
  async importStatuses(workspaceId: string, csv: string) {
    await this.require(workspaceId);
    const { statuses, errors } = parseStatusCsv(csv);
    if (errors.length > 0) throw HubError.validation('The CSV cannot be imported', errors);
    const before = (await this.require(workspaceId)).mapping?.statuses.length ?? 0;
    const connection = await this.learn(workspaceId, statuses, 'csv');
    return { ...toMappingView(connection), imported: { rows: statuses.length, added: (connection.mapping?.statuses.length ?? 0) - before } };
  }

  /**
   * Adds what was seen to the mapping. FerretDB does not make a read-modify-write atomic, so
   * the write is conditional on the version read and tried again when another one won;
   * should two writers still both pass, a status lost here is learned the next time it is
   * seen (every status webhook teaches it again).
   */
  async learn(workspaceId: string, seen: readonly SeenStatus[], source: MappedStatusSource): Promise<WithId<CrmConnection>> {
    for (let attempt = 1; ; attempt++) {
      const connection = await this.require(workspaceId);
      let statuses: MappedStatus[] = connection.mapping?.statuses ?? [];
      let changed = false;
      for (const status of seen) {
        const learned = learnStatus(statuses, status, source);
        statuses = learned.statuses;
        changed ||= learned.changed;
      }
      if (!changed) return connection;
      const version = connection.mapping?.version ?? 0;
      const updated = await this.connections.patchIf(workspaceId, { 'mapping.version': version }, { $set: { 'mapping.statuses': statuses }, $inc: { 'mapping.version': 1 } });
      if (updated) return updated;
      if (attempt >= LEARN_ATTEMPTS) throw HubError.conflict('The CRM mapping changed while it was being updated; try again');
    }
  }

  private async require(workspaceId: string): Promise<WithId<CrmConnection>> {
    const connection = await this.connections.get(workspaceId);
    if (!connection) throw HubError.notFound('CRM connection');
    return connection;
  }
}

function applyPatches<T extends { id: string; label?: string; usable: boolean }>(entries: T[], patches: readonly MappedStatusPatchDto[]): T[] {
  return entries.map((entry) => {
    const patch = patches.find((p) => p.id === entry.id);
    if (!patch) return entry;
    return { ...entry, ...(patch.usable !== undefined && { usable: patch.usable }), ...(patch.label !== undefined && { label: patch.label || undefined }) };
  });
}
