import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { WithId } from './tenant.repository';
import { Workspace } from './workspace.schema';

/** Workspaces are the tenants themselves: only the platform admin creates them. */
@Injectable()
export class WorkspaceRepository {
  constructor(@InjectModel(Workspace.name) private readonly model: Model<Workspace>) {}

  async create(name: string): Promise<WithId<Workspace>> {
    return (await this.model.create({ name })).toObject();
  }

  async findById(id: string): Promise<WithId<Workspace> | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    return this.model.findById(id).lean<WithId<Workspace>>().exec();
  }
}
