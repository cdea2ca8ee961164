import { Inject, Injectable } from '@nestjs/common';
import { isConnectorError, maskCredentials } from '@hub/connector-sdk';
import { assertOutboundUrl, HUB_CONFIG, HubConfig, HubError, HubErrorCode, SecretBox } from '@hub/common';
import { CrmConnectorService } from '@hub/crm';
import { CrmConnection, CrmConnectionRepository, WithId } from '@hub/persistence';
import { MappedStatusPatchDto, PutCrmConnectionDto } from './crm-connection.dto';

/** Connecting a CRM: validate, verify with the CRM, store encrypted, sync the mapping. */
@Injectable()
export class CrmConnectionService {
  constructor(
    private readonly connections: CrmConnectionRepository,
    private readonly crm: CrmConnectorService,
    private readonly secrets: SecretBox,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
  ) {}

  async connect(workspaceId: string, input: PutCrmConnectionDto) {
    const definition = this.definition(input.provider);
    await assertOutboundUrl(input.baseUrl, this.config.allowPrivateUrls, 'baseUrl');
    let ctx;
    try {
      ctx = this.crm.contextFor(workspaceId, definition, input.baseUrl, input.credentials);
    } catch (error) {
      if (isConnectorError(error) && error.kind === 'validation') {
        throw HubError.validation(
          'The credentials do not fit the connector',
          error.details.map((d) => ({ field: `credentials.${d.field}`, message: d.message })),
        );
      }
      throw error;
    }
    try {
      await definition.verify(ctx);
    } catch (error) {
      throw verificationError(error);
    }
    const credentials = ctx.credentials as Record<string, unknown>;
    await this.connections.upsert(workspaceId, {
      $set: {
        provider: definition.key,
        baseUrl: input.baseUrl,
        credentialsEncrypted: this.secrets.encrypt(JSON.stringify(credentials)),
        credentialsMasked: maskCredentials(definition, credentials),
        status: 'connected',
        statusCheckedAt: new Date(),
      },
      $unset: { statusReason: 1 },
    });
    const synced = await this.crm.syncMapping(workspaceId).catch(() => undefined);
    return toConnectionView(synced ?? (await this.require(workspaceId)));
  }

  async get(workspaceId: string) {
    return toConnectionView(await this.require(workspaceId));
  }

  async disconnect(workspaceId: string): Promise<void> {
    if (!(await this.connections.remove(workspaceId))) throw HubError.notFound('CRM connection');
  }

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

  async updateMapping(workspaceId: string, input: { statuses?: MappedStatusPatchDto[]; defaultNoteTypeId?: string | null }) {
    const connection = await this.require(workspaceId);
    const statuses = [...(connection.mapping?.statuses ?? [])];
    const unknown = (input.statuses ?? []).filter((patch) => !statuses.some((s) => s.id === patch.id));
    const noteTypes = connection.mapping?.noteTypes ?? [];
    const badNoteType = input.defaultNoteTypeId && !noteTypes.some((n) => n.id === input.defaultNoteTypeId);
    if (unknown.length || badNoteType) {
      throw HubError.validation('Unknown status or note type', [
        ...unknown.map((u) => ({ field: 'statuses', code: 'unknown_status', message: `The CRM has no status "${u.id}"; sync first` })),
        ...(badNoteType
          ? [{ field: 'defaultNoteTypeId', code: 'unknown_note_type', message: `The CRM has no note type "${input.defaultNoteTypeId}"` }]
          : []),
      ]);
    }
    for (const patch of input.statuses ?? []) {
      const index = statuses.findIndex((s) => s.id === patch.id);
      statuses[index] = {
        ...statuses[index],
        ...(patch.usable !== undefined && { usable: patch.usable }),
        ...(patch.label !== undefined && { label: patch.label || undefined }),
      };
    }
    const $set: Record<string, unknown> = { 'mapping.statuses': statuses };
    if (input.defaultNoteTypeId !== undefined) $set['mapping.defaultNoteTypeId'] = input.defaultNoteTypeId;
    const updated = await this.connections.patch(workspaceId, { $set, $inc: { 'mapping.version': 1 } });
    return toMappingView(updated ?? connection);
  }

  providers() {
    return this.crm.providers().map((d) => ({
      key: d.key,
      displayName: d.displayName,
      version: d.version,
      description: d.description,
      secretFields: d.credentials.secretFields,
    }));
  }

  private definition(provider: string) {
    try {
      return this.crm.definition(provider);
    } catch {
      const known = this.crm.providers().map((d) => d.key);
      throw HubError.validation('Unknown CRM provider', [
        { field: 'provider', code: 'unknown_provider', message: `One of: ${known.join(', ')}` },
      ]);
    }
  }

  private async require(workspaceId: string): Promise<WithId<CrmConnection>> {
    const connection = await this.connections.get(workspaceId);
    if (!connection) throw HubError.notFound('CRM connection');
    return connection;
  }
}

function verificationError(error: unknown): HubError {
  if (isConnectorError(error) && error.kind === 'auth')
    return new HubError(HubErrorCode.CRM_INVALID_CREDENTIALS, `The CRM refused the credentials: ${error.message}`);
  if (isConnectorError(error)) return new HubError(HubErrorCode.CRM_UNREACHABLE, `The CRM could not be reached: ${error.message}`);
  throw error;
}

function toConnectionView(connection: WithId<CrmConnection>) {
  return {
    provider: connection.provider,
    baseUrl: connection.baseUrl,
    status: connection.status,
    statusReason: connection.statusReason ?? null,
    statusCheckedAt: connection.statusCheckedAt ?? null,
    credentials: connection.credentialsMasked,
    mapping: toMappingView(connection),
    createdAt: connection.createdAt,
    updatedAt: connection.updatedAt,
  };
}

function toMappingView(connection: WithId<CrmConnection>) {
  const mapping = connection.mapping ?? { statuses: [], noteTypes: [], version: 0 };
  return {
    provider: connection.provider,
    statuses: mapping.statuses,
    noteTypes: mapping.noteTypes,
    defaultNoteTypeId: mapping.defaultNoteTypeId ?? null,
    syncedAt: mapping.syncedAt ?? null,
    version: mapping.version,
  };
}
