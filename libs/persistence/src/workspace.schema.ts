import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

@Schema({ collection: 'workspaces', timestamps: true })
export class Workspace {
  @Prop({ type: String, required: true })
  name: string;

  createdAt: Date;
  updatedAt: Date;
}

export const WorkspaceSchema = SchemaFactory.createForClass(Workspace);
