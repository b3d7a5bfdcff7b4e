/**
 * A queue one side pushes into and the other reads with `for await`: the build hands each story to the search
 * index as it writes the story's page, and Pagefind takes them at its own pace. `end()` finishes the reading loop;
 * `abort(error)` makes it throw (a build that stopped halfway, or one superseded by the next in `serve`).
 */
export class AsyncQueue<Item> implements AsyncIterable<Item> {
  readonly #items: Item[] = [];
  #ended = false;
  #failure: { error: unknown } | undefined;
  #wake: (() => void) | undefined;
  #roomWaiters: Array<() => void> = [];

  /** Items pushed and not yet read. */
  get size(): number {
    return this.#items.length;
  }

  /**
   * Resolves once fewer than `limit` items wait to be read (at once if they already are): a writer that awaits it
   * never runs more than `limit` items ahead of the reader, so a slow reader bounds the memory, not the writer.
   */
  async room(limit: number): Promise<void> {
    while (this.#items.length >= limit && !this.#ended && !this.#failure) await new Promise<void>((resolve) => this.#roomWaiters.push(resolve));
  }

  /** Adds an item; after `abort` it is dropped (the reader has stopped, and whoever awaits it gets the error). */
  push(item: Item): void {
    if (this.#failure) return;
    if (this.#ended) throw new Error('Internal error: pushed into a queue that was ended.');
    this.#items.push(item);
    this.#wakeReader();
  }

  end(): void {
    this.#ended = true;
    this.#wakeReader();
  }

  abort(error: unknown): void {
    this.#failure ??= { error };
    this.#wakeReader();
    this.#wakeWriters();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Item> {
    for (;;) {
      if (this.#failure) throw this.#failure.error;
      const item = this.#items.shift();
      if (item !== undefined) {
        this.#wakeWriters();
        yield item;
      }
      else if (this.#ended) return;
      else await new Promise<void>((resolve) => (this.#wake = resolve));
    }
  }

  #wakeWriters(): void {
    const waiters = this.#roomWaiters;
    this.#roomWaiters = [];
    for (const wake of waiters) wake();
  }

  #wakeReader(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }
}
