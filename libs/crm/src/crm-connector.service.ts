import { Inject, Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import {
  ActionResult,
  AnyConnectorDefinition,
  checkCall,
  ConnectorCheckOptions,
  ConnectorCheckResult,
  ConnectorContext,
  ConnectorDefinition,
  ConnectorLookups,
  ConnectorRegistry,
  createConnectorContext,
  isConnectorError,
  LookupName,
  StandardActionInputs,
  StandardActionName,
} from '@hub/connector-sdk';
import { CONNECTOR_REGISTRY, HUB_CONFIG, HubConfig, safeLookup, SecretBox } from '@hub/common';
import { CrmConnection, CrmConnectionRepository, WithId } from '@hub/persistence';
import { InjectRedis } from '@hub/redis';
import { CrmError, CrmErrorCode } from './crm.error';
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
        await this.connections.patch(workspaceId, {
          $set: { status: 'unreachable', statusReason: error.message, statusCheckedAt: new Date() },
        });
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
    const results = [
      await checkCall(
        { operation: 'verify', request: 'verify', documented: true },
        async () => (await definition.verify(ctx)).accountLabel,
      ),
    ];
    const lookups = (definition as ConnectorDefinition<object>).lookups ?? ({} satisfies ConnectorLookups);
    for (const name of Object.keys(lookups) as LookupName[]) {
      if (!lookups[name]) continue;
      results.push(
        await checkCall(
          { operation: `lookup_${name}`, request: name, documented: true },
          async () => `${(await lookups[name]!(ctx)).length} entries`,
        ),
      );
    }
    return results;
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
