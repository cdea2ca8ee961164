import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Types } from 'mongoose';

export const CRM_CONNECTION_STATUSES = ['connected', 'invalid_credentials', 'unreachable'] as const;
export type CrmConnectionStatus = (typeof CRM_CONNECTION_STATUSES)[number];

export interface MappedStatus {
  id: string;
  name: string;
  /** The firm's own label, shown instead of the CRM's name when set. */
  label?: string;
  caseTypeId?: string;
  caseType?: string;
  /** Whether workflows may move a case to this status. */
  usable: boolean;
}

export interface CrmMapping {
  statuses: MappedStatus[];
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

  createdAt: Date;
  updatedAt: Date;
}

export const CrmConnectionSchema = SchemaFactory.createForClass(CrmConnection);
