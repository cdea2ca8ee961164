// The events the hub emits itself (to webhooks and Zapier). They share the
// canonical envelope; contact and campaignId are present only on events about a contact.
import type { EventContact, HubEventType, InboundEventType } from './event.type';

export interface WorkflowRef {
  id: string;
  name: string;
}

/** The contact's outreach after the workflow acted, as GET /v1/campaigns/:id/contacts/:contactId shows it. */
export interface OutreachState {
  calls: 'active' | 'stopped';
  messaging: 'active' | 'stopped';
  enrolled: boolean;
}

export interface WorkflowFiredData {
  workflow: WorkflowRef;
  run: { id: string };
  trigger: { eventId: string; eventType: InboundEventType };
}

export interface OutreachChangedData {
  outreach: OutreachState;
  workflow: WorkflowRef;
}

export interface EndpointDisabledData {
  endpoint: { id: string; url: string };
  reason: string;
}

export interface WebhookTestData {
  message: string;
}

/** A case's status changed in the firm's CRM, as the CRM's own webhook reported it. */
export interface CrmCaseStatusChangedData {
  crm: { provider: string; caseId: string; caseTypeId?: string; caseType?: string };
  status: { id?: string; name: string };
  /** The status the hub last saw for the case; absent the first time. */
  previousStatus?: { id?: string; name: string };
  person?: { fullName?: string; firstName?: string; lastName?: string; primaryContactId?: string };
  /** The case's creation date, as the CRM wrote it. */
  caseCreatedAt?: string;
}

export interface HubEventDataByType {
  'workflow.fired': WorkflowFiredData;
  'contact.calls_stopped': OutreachChangedData;
  'contact.messaging_stopped': OutreachChangedData;
  'contact.removed_from_campaign': OutreachChangedData;
  'webhook.endpoint_disabled': EndpointDisabledData;
  'webhook.test': WebhookTestData;
  'crm.case_status_changed': CrmCaseStatusChangedData;
}

export interface HubEvent<T extends HubEventType = HubEventType> {
  id: string;
  type: T;
  /** ISO 8601, UTC. */
  occurredAt: string;
  campaignId?: string;
  contact?: EventContact;
  data: HubEventDataByType[T];
}
