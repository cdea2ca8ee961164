interface Waiting<E, R> {
  entry: E;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

export interface GroupCommitOptions<E> {
  /** Flushes running at once. */
  concurrency: number;
  /** A batch grows to at most this size (an entry larger than it goes alone). */
  maxSize: number;
  size: (entry: E) => number;
}

/**
 * Group commit: callers hand in work one at a time; whatever arrives while
 * the flushes are busy goes out together in the next one. With no load a call
 * flushes alone and at once (no added wait); under load the batches grow by
 * themselves, so many callers share one round trip. `flush` answers each
 * entry's result, or an Error for an entry that failed alone; if it throws,
 * every entry of the batch fails with that error.
 */
export class GroupCommit<E, R> {
  private readonly waiting: Array<Waiting<E, R>> = [];
  private running = 0;

  constructor(
    private readonly flush: (entries: E[]) => Promise<Array<R | Error>>,
    private readonly options: GroupCommitOptions<E>,
  ) {}

  submit(entry: E): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ entry, resolve, reject });
      this.drain();
    });
  }

  private drain(): void {
    while (this.running < this.options.concurrency && this.waiting.length > 0) {
      const batch = this.take();
      this.running++;
      void this.run(batch).finally(() => {
        this.running--;
        this.drain();
      });
    }
  }

  private take(): Array<Waiting<E, R>> {
    let count = 0;
    let size = 0;
    while (count < this.waiting.length) {
      const next = this.options.size(this.waiting[count].entry);
      if (count > 0 && size + next > this.options.maxSize) break;
      size += next;
      count++;
    }
    return this.waiting.splice(0, count);
  }

  private async run(batch: Array<Waiting<E, R>>): Promise<void> {
    try {
      const results = await this.flush(batch.map((w) => w.entry));
      batch.forEach((w, i) => {
        const result = results[i];
        if (result instanceof Error) w.reject(result);
        else w.resolve(result);
      });
    } catch (error) {
      for (const w of batch) w.reject(error);
    }
  }
}
