import { Inject, Injectable } from '@nestjs/common';
import { AnyConnectorDefinition, ConnectorCheckOptions, isConnectorError, maskCredentials } from '@hub/connector-sdk';
import { assertOutboundUrl, HUB_CONFIG, HubConfig, HubError, SecretBox } from '@hub/common';
import { CrmConnectorService } from '@hub/crm';
import { CrmConnection, CrmConnectionRepository, WithId } from '@hub/persistence';
import { verificationError } from './crm-connector-error.util';
import { toConnectionView } from './crm-connection.view';
import { PutCrmConnectionDto } from './crm-connection.dto';
import { createInboundToken, inboundWebhookPath } from './inbound-token.util';

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
    const baseUrl = resolveBaseUrl(definition, input);
    await assertOutboundUrl(baseUrl, this.config.allowPrivateUrls, 'baseUrl');
    let ctx;
    try {
      ctx = this.crm.contextFor(workspaceId, definition, baseUrl, input.credentials);
    } catch (error) {
      if (isConnectorError(error) && error.kind === 'validation') {
        throw HubError.validation('The credentials do not fit the connector', error.details.map((d) => ({ field: `credentials.${d.field}`, message: d.message })));
      }
      throw error;
    }
    try {
      await definition.verify(ctx);
    } catch (error) {
      throw verificationError(error);
    }
    const credentials = ctx.credentials as Record<string, unknown>;
    const existing = await this.connections.get(workspaceId);
    // A reconnect keeps the receiver URL the firm pasted into its CRM; a new one is shown once.
    const inbound = definition.webhooks && !(existing?.provider === definition.key && existing.inboundToken) ? createInboundToken(workspaceId) : undefined;
    await this.connections.upsert(workspaceId, {
      $set: {
        provider: definition.key,
        baseUrl,
        credentialsEncrypted: this.secrets.encrypt(JSON.stringify(credentials)),
        credentialsMasked: maskCredentials(definition, credentials),
        status: 'connected',
        statusCheckedAt: new Date(),
        ...(inbound && { inboundToken: inbound.stored }),
      },
      $unset: { statusReason: 1, ...(!definition.webhooks && { inboundToken: 1 }) },
    });
    const synced = await this.crm.syncMapping(workspaceId).catch(() => undefined);
    const view = toConnectionView(synced ?? (await this.require(workspaceId)));
    return inbound ? { ...view, inboundWebhook: { ...view.inboundWebhook, path: inboundWebhookPath(definition.key, inbound.token), token: inbound.token } } : view;
  }

  async get(workspaceId: string) {
    return toConnectionView(await this.require(workspaceId));
  }

  async disconnect(workspaceId: string): Promise<void> {
    if (!(await this.connections.remove(workspaceId))) throw HubError.notFound('CRM connection');
  }

  /** A new receiver URL, shown this once; the old one stops working at once. */
  async rotateInboundToken(workspaceId: string) {
    const connection = await this.require(workspaceId);
    if (!this.crm.definition(connection.provider).webhooks) {
      throw HubError.validation('This CRM sends no webhooks to the hub', [{ field: 'provider', code: 'no_inbound_webhooks', message: `${connection.provider} has no webhook receiver` }]);
    }
    const inbound = createInboundToken(workspaceId);
    await this.connections.patch(workspaceId, { $set: { inboundToken: inbound.stored } });
    return { path: inboundWebhookPath(connection.provider, inbound.token), token: inbound.token, tokenHint: inbound.stored.hint, createdAt: inbound.stored.createdAt };
  }

  async check(workspaceId: string, options: ConnectorCheckOptions) {
    const connection = await this.require(workspaceId);
    const results = await this.crm.check(workspaceId, options);
    return { provider: connection.provider, checkedAt: new Date(), results };
  }

  providers() {
    return this.crm.providers().map((d) => ({
      key: d.key,
      displayName: d.displayName,
      version: d.version,
      description: d.description,
      secretFields: d.credentials.secretFields,
      inboundWebhooks: !!d.webhooks,
    }));
  }

  private definition(provider: string) {
    try {
      return this.crm.definition(provider);
    } catch {
      const known = this.crm.providers().map((d) => d.key);
      throw HubError.validation('Unknown CRM provider', [{ field: 'provider', code: 'unknown_provider', message: `One of: ${known.join(', ')}` }]);
    }
  }

  private async require(workspaceId: string): Promise<WithId<CrmConnection>> {
    const connection = await this.connections.get(workspaceId);
    if (!connection) throw HubError.notFound('CRM connection');
    return connection;
  }
}

function resolveBaseUrl(definition: AnyConnectorDefinition, input: PutCrmConnectionDto): string {
  try {
    if (definition.resolveBaseUrl) return definition.resolveBaseUrl({ baseUrl: input.baseUrl, credentials: input.credentials });
  } catch (error) {
    if (isConnectorError(error) && error.kind === 'validation') {
      throw HubError.validation(error.message, error.details.map((d) => ({ field: d.field, code: 'invalid_url', message: d.message })));
    }
    throw error;
  }
  if (!input.baseUrl) throw HubError.validation('The CRM needs a base URL', [{ field: 'baseUrl', code: 'required', message: 'baseUrl is required' }]);
  return input.baseUrl;
}
