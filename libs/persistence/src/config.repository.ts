import { Model, Types, UpdateQuery } from 'mongoose';
import { TenantRepository, WithId } from './tenant.repository';
import { WorkspaceConfigCache } from './workspace-config.cache';

/**
 * A tenant collection that is part of a workspace's configuration: every
 * write announces the change, so cached reads (`cached`) never outlive it.
 * A subclass's own write methods call `changed` after writing.
 */
export abstract class ConfigRepository<T extends { workspaceId: Types.ObjectId }> extends TenantRepository<T> {
  protected constructor(
    model: Model<T>,
    private readonly cache: WorkspaceConfigCache,
    private readonly name: string,
  ) {
    super(model);
  }

  override async create(workspaceId: string, doc: Omit<T, 'workspaceId' | 'createdAt' | 'updatedAt'> | Partial<T>): Promise<WithId<T>> {
    const created = await super.create(workspaceId, doc);
    await this.changed(workspaceId);
    return created;
  }

  override async updateById(workspaceId: string, id: string, update: UpdateQuery<T>): Promise<WithId<T> | null> {
    const updated = await super.updateById(workspaceId, id, update);
    if (updated) await this.changed(workspaceId);
    return updated;
  }

  override async deleteById(workspaceId: string, id: string): Promise<boolean> {
    const deleted = await super.deleteById(workspaceId, id);
    if (deleted) await this.changed(workspaceId);
    return deleted;
  }

  protected changed(workspaceId: string): Promise<void> {
    return this.cache.changed(workspaceId);
  }

  protected cached<R>(workspaceId: string, key: string, load: () => Promise<R>): Promise<R> {
    return this.cache.read(workspaceId, `${this.name}:${key}`, load);
  }
}
