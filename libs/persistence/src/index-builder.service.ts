import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Connection } from 'mongoose';

const RETRY_MS = 2000;

/**
 * Holds the process's start until every collection's indexes exist. The
 * unique ones carry exactly-once (event id per workspace, run per workflow
 * and event, step, message, outreach stop): an insert that races their
 * creation on a fresh database would store a duplicate as new. Mongoose
 * builds them in the background at start; this waits for that, and tries
 * again while the database cannot be reached.
 */
@Injectable()
export class IndexBuilder implements OnApplicationBootstrap {
  private readonly logger = new Logger(IndexBuilder.name);

  constructor(@InjectConnection() private readonly connection: Connection) {}

  async onApplicationBootstrap(): Promise<void> {
    const pending = new Set(Object.values(this.connection.models));
    // The first pass waits for mongoose's own build; later ones build again (init keeps its first failure).
    for (let pass = 1; pending.size > 0; pass++) {
      if (pass > 1) await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      await Promise.all(
        [...pending].map(async (model) => {
          try {
            await (pass === 1 ? model.init() : model.ensureIndexes());
            pending.delete(model);
          } catch (error) {
            this.logger.warn(`indexes of ${model.collection.collectionName} not built yet: ${(error as Error).message}`);
          }
        }),
      );
    }
  }
}
