import { FilterQuery, Model, Types, UpdateQuery } from 'mongoose';

export interface PageOptions {
  sort?: Record<string, 1 | -1>;
  limit?: number;
  skip?: number;
}

export type WithId<T> = T & { _id: Types.ObjectId };

/**
 * The one place that scopes queries to a workspace: every read and write of a
 * tenant's data goes through a subclass, and every method takes the workspace
 * id first, so no code path can reach another workspace's records.
 *
 * Lookups by id filter on _id alone and check the workspace on the document:
 * FerretDB 1.x uses an index only for a filter that is exactly { _id }, and
 * scans the whole collection for anything else.
 */
export abstract class TenantRepository<T extends { workspaceId: Types.ObjectId }> {
  protected constructor(protected readonly model: Model<T>) {}

  protected scope(workspaceId: string, filter: FilterQuery<T> = {}): FilterQuery<T> {
    if (!Types.ObjectId.isValid(workspaceId)) throw new Error('A tenant query needs a workspace id');
    return { ...filter, workspaceId: new Types.ObjectId(workspaceId) };
  }

  async findById(workspaceId: string, id: string): Promise<WithId<T> | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    return this.findOwned(workspaceId, new Types.ObjectId(id));
  }

  /** The document with this _id (of any type) if it belongs to the workspace, else null. */
  protected async findOwned<D extends T = WithId<T>>(workspaceId: string, _id: unknown): Promise<D | null> {
    const doc = await this.model.findOne({ _id }).lean<D>().exec();
    return doc && doc.workspaceId.toString() === workspaceId ? doc : null;
  }

  async findOne(workspaceId: string, filter: FilterQuery<T>): Promise<WithId<T> | null> {
    return this.model.findOne(this.scope(workspaceId, filter)).lean<WithId<T>>().exec();
  }

  async find(workspaceId: string, filter: FilterQuery<T> = {}, page: PageOptions = {}): Promise<WithId<T>[]> {
    const query = this.model.find(this.scope(workspaceId, filter));
    if (page.sort) query.sort(page.sort);
    if (page.skip) query.skip(page.skip);
    if (page.limit) query.limit(page.limit);
    return query.lean<WithId<T>[]>().exec();
  }

  async count(workspaceId: string, filter: FilterQuery<T> = {}): Promise<number> {
    return this.model.countDocuments(this.scope(workspaceId, filter)).exec();
  }

  async create(workspaceId: string, doc: Omit<T, 'workspaceId' | 'createdAt' | 'updatedAt'> | Partial<T>): Promise<WithId<T>> {
    const created = await this.model.create({ ...doc, workspaceId: new Types.ObjectId(workspaceId) });
    return created.toObject();
  }

  async updateById(workspaceId: string, id: string, update: UpdateQuery<T>): Promise<WithId<T> | null> {
    if (!(await this.findById(workspaceId, id))) return null;
    return this.model
      .findOneAndUpdate({ _id: new Types.ObjectId(id) }, update, { new: true, runValidators: true })
      .lean<WithId<T>>()
      .exec();
  }

  async deleteById(workspaceId: string, id: string): Promise<boolean> {
    if (!(await this.findById(workspaceId, id))) return false;
    const result = await this.model.deleteOne({ _id: new Types.ObjectId(id) }).exec();
    return result.deletedCount === 1;
  }
}
