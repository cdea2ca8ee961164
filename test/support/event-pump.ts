import request from 'supertest';
import { callCompleted } from './fixtures';

export interface PumpedEvent {
  id: string;
  status: number;
  /** What the hub's state was while this one was posted: a label the test sets. */
  phase: string;
  /** The label when the answer came back. */
  answeredIn: string;
}

/**
 * Posts one event every `everyMs` in the background, with a request timeout,
 * and records every answer: a test changes `phase` as it breaks and mends the
 * services, then checks what was acknowledged in each phase.
 */
export class EventPump {
  readonly sent: PumpedEvent[] = [];
  phase = 'before';
  private running = true;
  private readonly done: Promise<void>;

  constructor(url: string, auth: Record<string, string>, campaignId: string, everyMs = 100, timeoutMs = 8_000) {
    this.done = (async () => {
      const inFlight = new Set<Promise<void>>();
      for (let i = 0; i < 5_000 && this.running; i++) {
        const event = callCompleted(campaignId);
        const phase = this.phase;
        const post = request(url)
          .post('/v1/events')
          .set(auth)
          .timeout(timeoutMs)
          .send(event)
          .then(
            (res) => void this.sent.push({ id: event.id, status: res.status, phase, answeredIn: this.phase }),
            () => void this.sent.push({ id: event.id, status: 0, phase, answeredIn: this.phase }),
          );
        inFlight.add(post);
        void post.finally(() => inFlight.delete(post));
        await new Promise((resolve) => setTimeout(resolve, everyMs));
      }
      await Promise.all(inFlight);
    })();
  }

  async stop(): Promise<PumpedEvent[]> {
    this.running = false;
    await this.done;
    return this.sent;
  }

  accepted(): string[] {
    return this.sent.filter((e) => e.status === 202).map((e) => e.id);
  }
}
