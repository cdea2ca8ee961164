import { createHash } from 'node:crypto';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { HydratedDocument, Types } from 'mongoose';

/**
 * The last status a CRM's webhook reported for one case: what tells a status change from a
 * repeat of the same webhook (LawRuler sends no delivery id), and what "previous status" is.
 */
@Schema({ collection: 'crm_lead_statuses', timestamps: { createdAt: false, updatedAt: true } })
export class CrmLeadStatus {
  /** crmLeadStatusId(...): found by _id, the one filter FerretDB indexes. */
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ type: Types.ObjectId, required: true })
  workspaceId: Types.ObjectId;

  @Prop({ type: String, required: true })
  caseId: string;

  @Prop({ type: String })
  statusId?: string;

  @Prop({ type: String, required: true })
  statusName: string;

  /** The hub event that reported this status. */
  @Prop({ type: String, required: true })
  eventId: string;

  updatedAt: Date;
}

export function crmLeadStatusId(workspaceId: string, provider: string, caseId: string): string {
  return createHash('sha256').update(JSON.stringify([workspaceId, provider, caseId])).digest('hex');
}

export type CrmLeadStatusDocument = HydratedDocument<CrmLeadStatus>;
export const CrmLeadStatusSchema = SchemaFactory.createForClass(CrmLeadStatus);
