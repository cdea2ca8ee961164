import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { HydratedDocument, Types } from 'mongoose';

export const CRM_CONNECTION_STATUSES = ['connected', 'invalid_credentials', 'unreachable'] as const;
export type CrmConnectionStatus = (typeof CRM_CONNECTION_STATUSES)[number];

/** Where a status of the mapping came from: the CRM's list (absent on older records), its webhooks, a person, a CSV. */
export const MAPPED_STATUS_SOURCES = ['crm', 'webhook', 'manual', 'csv'] as const;
export type MappedStatusSource = (typeof MAPPED_STATUS_SOURCES)[number];

export interface MappedStatus {
  /** What workflows refer to: the CRM's status id, or `name:…` for a status known by name only. */
  id: string;
  name: string;
  /** The firm's own label, shown instead of the CRM's name when set. */
  label?: string;
  caseTypeId?: string;
  caseType?: string;
  /** Whether workflows may move a case to this status. */
  usable: boolean;
  source?: MappedStatusSource;
}

/** A secondary status (SmartAdvocate's "substatus"), grouped by its status type. */
export interface MappedSubstatus {
  id: string;
  name: string;
  statusType: string;
  label?: string;
  usable: boolean;
}

export interface CrmMapping {
  statuses: MappedStatus[];
  substatuses?: MappedSubstatus[];
  noteTypes: Array<{ id: string; name: string }>;
  defaultNoteTypeId?: string;
  syncedAt?: Date;
  /** Bumped on every change: what the workflow options react to. */
  version: number;
}

/** The workspace's CRM: one per workspace; credentials stored encrypted only. */
@Schema({ collection: 'crm_connections', timestamps: true, minimize: false })
export class CrmConnection {
  @Prop({ type: Types.ObjectId, required: true, unique: true })
  workspaceId: Types.ObjectId;

  @Prop({ type: String, required: true })
  provider: string;

  @Prop({ type: String, required: true })
  baseUrl: string;

  /** AES-256-GCM envelope (libs/common secret-box). */
  @Prop({ type: String, required: true })
  credentialsEncrypted: string;

  /** Credentials with secret fields masked, for display. */
  @Prop({ type: Object, required: true })
  credentialsMasked: Record<string, unknown>;

  @Prop({ type: String, enum: CRM_CONNECTION_STATUSES, default: 'connected' })
  status: CrmConnectionStatus;

  @Prop({ type: String })
  statusReason?: string;

  @Prop({ type: Date })
  statusCheckedAt?: Date;

  @Prop({ type: Object, default: () => ({ statuses: [], noteTypes: [], version: 0 }) })
  mapping: CrmMapping;

  /** The secret of the CRM's webhook receiver URL, as SHA-256 only (shown once, rotatable). */
  @Prop({ type: Object })
  inboundToken?: { hash: string; hint: string; createdAt: Date };

  createdAt: Date;
  updatedAt: Date;
}

export type CrmConnectionDocument = HydratedDocument<CrmConnection>;
export const CrmConnectionSchema = SchemaFactory.createForClass(CrmConnection);
