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

  push(item: Item): void {
    if (this.#ended || this.#failure) throw new Error('Internal error: pushed into a queue that was ended or aborted.');
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
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Item> {
    for (;;) {
      if (this.#failure) throw this.#failure.error;
      const item = this.#items.shift();
      if (item !== undefined) yield item;
      else if (this.#ended) return;
      else await new Promise<void>((resolve) => (this.#wake = resolve));
    }
  }

  #wakeReader(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }
}
