import { Inject, Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import {
  ActionResult,
  AnyConnectorDefinition,
  ConnectorContext,
  ConnectorDefinition,
  ConnectorRegistry,
  createConnectorContext,
  isConnectorError,
  StandardActionInputs,
  StandardActionName,
} from '@hub/connector-sdk';
import { CONNECTOR_REGISTRY, HUB_CONFIG, HubConfig, safeLookup, SecretBox } from '@hub/common';
import { CrmConnection, CrmConnectionRepository, WithId } from '@hub/persistence';
import { InjectRedis } from '@hub/redis';
import { CrmError, CrmErrorCode } from './crm.error';
import { mergeStatuses } from './merge-statuses.util';
import { RedisTokenStore } from './redis-token.store';
import { WorkspaceTokenStore } from './workspace-token.store';

/**
 * Everything the hub does with a workspace's CRM goes through here: building
 * the connector context from the stored (encrypted) credentials, running
 * actions, syncing the mapping, and flagging the connection when the CRM
 * refuses its credentials.
 */
@Injectable()
export class CrmConnectorService {
  private readonly logger = new Logger(CrmConnectorService.name);
  private readonly tokens: RedisTokenStore;

  constructor(
    @Inject(CONNECTOR_REGISTRY) private readonly registry: ConnectorRegistry,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    private readonly connections: CrmConnectionRepository,
    private readonly secrets: SecretBox,
    @InjectRedis('crm-tokens') redis: Redis,
  ) {
    this.tokens = new RedisTokenStore(redis, secrets, `${config.queuePrefix}:crm-token:`);
  }

  definition(provider: string): AnyConnectorDefinition {
    return this.registry.get(provider);
  }

  providers(): AnyConnectorDefinition[] {
    return this.registry.list();
  }

  contextFor(workspaceId: string, definition: AnyConnectorDefinition, baseUrl: string, credentials: unknown): ConnectorContext {
    return createConnectorContext(definition as ConnectorDefinition<object>, {
      baseUrl,
      credentials,
      tokens: new WorkspaceTokenStore(this.tokens, `${workspaceId}:${definition.key}`),
      timeoutMs: this.config.crmTimeoutMs,
      lookup: this.config.allowPrivateUrls ? undefined : safeLookup,
    });
  }

  /** Runs a standard action on the workspace's CRM; an auth refusal flags the connection. */
  async runAction<A extends StandardActionName>(workspaceId: string, action: A, input: StandardActionInputs[A]): Promise<ActionResult> {
    const { connection, definition, ctx } = await this.open(workspaceId);
    const handler = definition.actions[action];
    if (!handler) throw new CrmError(CrmErrorCode.UNSUPPORTED_ACTION, `The ${definition.displayName} connector has no action ${action}`);
    try {
      return await handler.run(ctx, input);
    } catch (error) {
      await this.flagOnAuth(connection, error);
      throw error;
    }
  }

  /** Pulls statuses and note types from the CRM into the mapping. */
  async syncMapping(workspaceId: string): Promise<WithId<CrmConnection>> {
    const { connection, definition, ctx } = await this.open(workspaceId);
    try {
      const [statuses, noteTypes] = await Promise.all([
        definition.lookups?.caseStatuses?.(ctx) ?? [],
        definition.lookups?.noteTypes?.(ctx) ?? [],
      ]);
      const updated = await this.connections.patch(workspaceId, {
        $set: {
          'mapping.statuses': mergeStatuses(connection.mapping?.statuses ?? [], statuses),
          'mapping.noteTypes': noteTypes,
          'mapping.syncedAt': new Date(),
          status: 'connected',
          statusCheckedAt: new Date(),
        },
        $unset: { statusReason: 1 },
        $inc: { 'mapping.version': 1 },
      });
      return updated ?? connection;
    } catch (error) {
      await this.flagOnAuth(connection, error);
      if (isConnectorError(error) && error.kind === 'transient') {
        await this.connections.patch(workspaceId, {
          $set: { status: 'unreachable', statusReason: error.message, statusCheckedAt: new Date() },
        });
      }
      throw error;
    }
  }

  private async open(workspaceId: string) {
    const connection = await this.connections.cachedGet(workspaceId);
    if (!connection) throw new CrmError(CrmErrorCode.NOT_CONNECTED, 'No CRM is connected to the workspace');
    if (!this.registry.has(connection.provider)) {
      throw new CrmError(CrmErrorCode.UNKNOWN_PROVIDER, `The workspace's CRM "${connection.provider}" is not offered by this hub`);
    }
    const definition = this.registry.get(connection.provider);
    const credentials = JSON.parse(this.secrets.decrypt(connection.credentialsEncrypted)) as unknown;
    return { connection, definition, ctx: this.contextFor(workspaceId, definition, connection.baseUrl, credentials) };
  }

  private async flagOnAuth(connection: WithId<CrmConnection>, error: unknown): Promise<void> {
    if (!isConnectorError(error) || error.kind !== 'auth') return;
    this.logger.warn(`CRM ${connection.provider} refused the credentials of workspace ${connection.workspaceId.toString()}`);
    await this.connections.patch(connection.workspaceId.toString(), {
      $set: { status: 'invalid_credentials', statusReason: error.message, statusCheckedAt: new Date() },
    });
  }
}
