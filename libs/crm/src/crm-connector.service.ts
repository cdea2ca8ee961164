import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import {
  ActionResult,
  AnyConnectorDefinition,
  checkCall,
  ConnectorCheckOptions,
  ConnectorCheckResult,
  ConnectorContext,
  ConnectorRegistry,
  createConnectorContext,
  isConnectorError,
} from '@hub/connector-sdk';
import { HUB_CONFIG, HubConfig, redisOptionsFromUrl, safeLookup, SecretBox } from '@hub/common';
import { CrmConnection, CrmConnectionRepository, WithId } from '@hub/persistence';
import { CONNECTOR_REGISTRY } from './connector-registry.token';
import { mergeStatuses, mergeSubstatuses } from './merge-statuses.util';
import { RedisTokenStore } from './redis-token.store';
import { WorkspaceTokenStore } from './workspace-token.store';

/**
 * Everything the hub does with a workspace's CRM goes through here: building
 * the connector context from the stored (encrypted) credentials, running
 * actions, syncing the mapping, and flagging the connection when the CRM
 * refuses its credentials.
 */
@Injectable()
export class CrmConnectorService implements OnModuleDestroy {
  private readonly logger = new Logger(CrmConnectorService.name);
  private readonly redis: Redis;
  private readonly tokens: RedisTokenStore;

  constructor(
    @Inject(CONNECTOR_REGISTRY) private readonly registry: ConnectorRegistry,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    private readonly connections: CrmConnectionRepository,
    private readonly secrets: SecretBox,
  ) {
    this.redis = new Redis({ ...redisOptionsFromUrl(config.redisUrl), lazyConnect: true, maxRetriesPerRequest: 1 });
    this.redis.on('error', () => undefined);
    this.tokens = new RedisTokenStore(this.redis, secrets, `${config.queuePrefix}:crm-token:`);
  }

  async onModuleDestroy(): Promise<void> {
    this.redis.disconnect();
  }

  definition(provider: string): AnyConnectorDefinition {
    return this.registry.get(provider);
  }

  providers(): AnyConnectorDefinition[] {
    return this.registry.list();
  }

  contextFor(workspaceId: string, definition: AnyConnectorDefinition, baseUrl: string, credentials: unknown): ConnectorContext {
    return createConnectorContext(definition, {
      baseUrl,
      credentials,
      tokens: new WorkspaceTokenStore(this.tokens, `${workspaceId}:${definition.key}`),
      timeoutMs: this.config.crmTimeoutMs,
      lookup: this.config.allowPrivateUrls ? undefined : safeLookup,
    });
  }

  /** Runs a connector action for the workspace; an auth refusal flags the connection. */
  async runAction(workspaceId: string, action: string, input: Record<string, unknown>): Promise<ActionResult> {
    const { connection, definition, ctx } = await this.open(workspaceId);
    const handler = definition.actions[action];
    if (!handler) throw new Error(`Connector ${definition.key} has no action ${action}`);
    try {
      return await handler.run(ctx, input);
    } catch (error) {
      await this.flagOnAuth(connection, error);
      throw error;
    }
  }

  /**
   * Pulls statuses, secondary statuses and note types from the CRM into the mapping. A list
   * the CRM does not have (`not_supported`, e.g. LawRuler's statuses) leaves that part as it is.
   */
  async syncMapping(workspaceId: string): Promise<WithId<CrmConnection>> {
    const { connection, definition, ctx } = await this.open(workspaceId);
    const lookups = definition.lookups ?? {};
    try {
      const [statuses, substatuses, noteTypes] = await Promise.all([
        supported(lookups.caseStatuses?.(ctx)),
        supported(lookups.caseSubstatuses?.(ctx)),
        supported(lookups.noteTypes?.(ctx)),
      ]);
      const mapping = connection.mapping;
      const updated = await this.connections.patch(workspaceId, {
        $set: {
          ...(statuses && { 'mapping.statuses': mergeStatuses(mapping?.statuses ?? [], statuses) }),
          ...(substatuses && { 'mapping.substatuses': mergeSubstatuses(mapping?.substatuses ?? [], substatuses) }),
          ...(noteTypes && { 'mapping.noteTypes': noteTypes }),
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
        await this.connections.patch(workspaceId, { $set: { status: 'unreachable', statusReason: error.message, statusCheckedAt: new Date() } });
      }
      throw error;
    }
  }

  /**
   * Tries each call the connector makes (its own check, else verify and the lookups) and
   * reports each. A check changes nothing on the connection: a refusal here is information.
   */
  async check(workspaceId: string, options: ConnectorCheckOptions): Promise<ConnectorCheckResult[]> {
    const { definition, ctx } = await this.open(workspaceId);
    if (definition.check) return definition.check(ctx, options);
    const results = [await checkCall({ operation: 'verify', request: 'verify', documented: true }, async () => (await definition.verify(ctx)).accountLabel)];
    for (const [name, lookup] of Object.entries(definition.lookups ?? {})) {
      if (!lookup) continue;
      results.push(await checkCall({ operation: `lookup_${name}`, request: name, documented: true }, async () => `${(await lookup(ctx)).length} entries`));
    }
    return results;
  }

  private async open(workspaceId: string) {
    const connection = await this.connections.cachedGet(workspaceId);
    if (!connection) throw new Error('No CRM is connected to the workspace');
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

/** A lookup's list, or undefined when the connector has none or the CRM does not support it. */
async function supported<T>(lookup: Promise<T[]> | undefined): Promise<T[] | undefined> {
  if (!lookup) return undefined;
  try {
    return await lookup;
  } catch (error) {
    if (isConnectorError(error) && error.kind === 'not_supported') return undefined;
    throw error;
  }
}
