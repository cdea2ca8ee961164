import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CrmStatusChange, isConnectorError } from '@hub/connector-sdk';
import { HubError } from '@hub/common';
import { HubEventPublisher } from '@hub/core';
import { CrmConnectorService } from '@hub/crm';
import type { HubEvent } from '@hub/events';
import { CrmConnectionRepository, CrmLeadStatus, CrmLeadStatusRepository } from '@hub/persistence';
import { CrmMappingService } from './crm-mapping.service';
import { inboundTokenMatches, inboundTokenWorkspace } from './inbound-token.util';

export interface InboundReceipt {
  eventId: string;
  /** The case already had this status when the hub last heard of it: nothing new was stored. */
  duplicate: boolean;
}

/**
 * A CRM's own webhook, posted to the workspace's receiver URL: each status seen joins the
 * mapping, and each change of a case's status becomes a `crm.case_status_changed` event,
 * stored before the CRM gets its answer.
 */
@Injectable()
export class CrmInboundService {
  constructor(
    private readonly connections: CrmConnectionRepository,
    private readonly leadStatuses: CrmLeadStatusRepository,
    private readonly crm: CrmConnectorService,
    private readonly mapping: CrmMappingService,
    private readonly hubEvents: HubEventPublisher,
  ) {}

  async receive(provider: string, token: string, fields: Record<string, string>): Promise<InboundReceipt> {
    const workspaceId = inboundTokenWorkspace(token);
    const connection = workspaceId ? await this.connections.cachedGet(workspaceId) : null;
    // One answer for a wrong token, another workspace's CRM or none: nothing to learn from the difference.
    if (!workspaceId || !connection || connection.provider !== provider || !inboundTokenMatches(token, connection.inboundToken?.hash)) {
      throw HubError.notFound('Webhook receiver');
    }
    const definition = this.crm.definition(provider);
    if (!definition.webhooks) throw HubError.notFound('Webhook receiver');
    const change = readChange(() => definition.webhooks!.statusChange(fields));
    const last = await this.leadStatuses.get(workspaceId, provider, change.caseId);
    const receipt = isSameStatus(last, change) ? { eventId: last!.eventId, duplicate: true } : await this.publish(workspaceId, provider, change, last);
    await this.mapping.learn(workspaceId, [{ id: change.statusId, name: change.statusName, caseTypeId: change.caseTypeId, caseType: change.caseType }], 'webhook');
    if (!receipt.duplicate) await this.leadStatuses.record(workspaceId, provider, { caseId: change.caseId, statusId: change.statusId, statusName: change.statusName, eventId: receipt.eventId });
    return receipt;
  }

  /**
   * The event id derives from the case, its new status and the event before it, so a repeat of
   * the same webhook (before the lead's record was written) stores nothing new, while a case
   * that leaves a status and comes back to it makes a new event.
   */
  private async publish(workspaceId: string, provider: string, change: CrmStatusChange, last: CrmLeadStatus | null): Promise<InboundReceipt> {
    const digest = createHash('sha256')
      .update(JSON.stringify([workspaceId, provider, change.caseId, change.statusId ?? '', change.statusName, last?.eventId ?? '']))
      .digest('hex');
    const event: HubEvent<'crm.case_status_changed'> = {
      id: `crm_status_${digest.slice(0, 32)}`,
      type: 'crm.case_status_changed',
      occurredAt: new Date().toISOString(),
      data: {
        crm: { provider, caseId: change.caseId, ...(change.caseTypeId && { caseTypeId: change.caseTypeId }), ...(change.caseType && { caseType: change.caseType }) },
        status: { ...(change.statusId && { id: change.statusId }), name: change.statusName },
        ...(last && { previousStatus: { ...(last.statusId && { id: last.statusId }), name: last.statusName } }),
        ...(change.person && { person: change.person }),
        ...(change.createdDate && { caseCreatedAt: change.createdDate }),
      },
    };
    await this.hubEvents.publish(workspaceId, event);
    return { eventId: event.id, duplicate: false };
  }
}

function readChange(read: () => CrmStatusChange): CrmStatusChange {
  try {
    return read();
  } catch (error) {
    if (isConnectorError(error) && error.kind === 'validation') {
      throw HubError.validation(error.message, error.details.map((d) => ({ field: d.field, code: 'invalid_webhook', message: d.message })));
    }
    throw error;
  }
}

function isSameStatus(last: CrmLeadStatus | null, change: CrmStatusChange): boolean {
  if (!last) return false;
  if (last.statusId && change.statusId) return last.statusId === change.statusId;
  return last.statusName.trim().toLowerCase() === change.statusName.trim().toLowerCase();
}
