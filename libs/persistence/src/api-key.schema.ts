import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Types } from 'mongoose';

export const API_KEY_ROLES = ['admin', 'editor', 'viewer', 'ingest'] as const;
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];

@Schema({ collection: 'api_keys', timestamps: true })
export class ApiKey {
  @Prop({ type: Types.ObjectId, required: true, index: true })
  workspaceId: Types.ObjectId;

  @Prop({ type: String, required: true })
  label: string;

  @Prop({ type: String, required: true, enum: API_KEY_ROLES })
  role: ApiKeyRole;

  /** Empty: every campaign of the workspace. */
  @Prop({ type: [String], default: [] })
  campaignIds: string[];

  /** SHA-256 of the key; the key itself is shown once and never stored. */
  @Prop({ type: String, required: true, unique: true })
  hash: string;

  /** The first characters of the key, so a person can tell keys apart. */
  @Prop({ type: String, required: true })
  prefix: string;

  @Prop({ type: Date })
  lastUsedAt?: Date;

  createdAt: Date;
  updatedAt: Date;
}

export const ApiKeySchema = SchemaFactory.createForClass(ApiKey);
