import mongoose, { Connection } from 'mongoose';

/**
 * Reads a test hub's records straight from its database, for assertions on
 * what FerretDB keeps exact: stored events, runs and steps (unique indexes).
 */
export class HubRecords {
  private constructor(private readonly connection: Connection) {}

  static async open(uri: string): Promise<HubRecords> {
    return new HubRecords(await mongoose.createConnection(uri, { serverSelectionTimeoutMS: 10_000 }).asPromise());
  }

  async eventStates(eventIds: string[]): Promise<Map<string, string>> {
    const docs = await this.connection
      .collection('events')
      .find({ eventId: { $in: eventIds } }, { projection: { eventId: 1, state: 1 } })
      .toArray();
    return new Map(docs.map((d) => [d.eventId as string, d.state as string]));
  }

  async countEvents(filter: Record<string, unknown> = {}): Promise<number> {
    return this.connection.collection('events').countDocuments(filter);
  }

  async runs(): Promise<Array<{ _id: unknown; eventId: string; workflowId: string; outcome: string }>> {
    const docs = await this.connection.collection('workflow_runs').find({}).toArray();
    return docs.map((d) => ({
      _id: d._id,
      eventId: d.eventId as string,
      workflowId: d.workflowId as string,
      outcome: d.outcome as string,
    }));
  }

  async steps(): Promise<Array<{ runId: string; index: number; status: string; attempts: number }>> {
    const docs = await this.connection.collection('workflow_steps').find({}).toArray();
    return docs.map((d) => ({
      runId: d.runId as string,
      index: d.index as number,
      status: d.status as string,
      attempts: d.attempts as number,
    }));
  }

  async count(collection: string, filter: Record<string, unknown> = {}): Promise<number> {
    return this.connection.collection(collection).countDocuments(filter);
  }

  /** For each run whose workflow.fired never arrived: what the hub holds of it (its event's state, its message's status). */
  async describeMissingDeliveries(runIds: string[]): Promise<Array<Record<string, unknown>>> {
    return Promise.all(
      runIds.map(async (runId) => {
        const eventId = `workflow.fired:${runId}`;
        const event = await this.connection.collection('events').findOne({ eventId });
        const message = await this.connection.collection('webhook_messages').findOne({ eventId });
        return {
          eventId,
          event: event && { state: event.state, attempts: event.attempts, enqueued: event.enqueued },
          message: message && { status: message.status, attempts: message.attempts },
        };
      }),
    );
  }

  close(): Promise<void> {
    return this.connection.close();
  }
}

/** True when every id has reached `state`. */
export async function allInState(records: HubRecords, eventIds: string[], state: string): Promise<boolean> {
  const states = await records.eventStates(eventIds);
  return eventIds.every((id) => states.get(id) === state);
}
