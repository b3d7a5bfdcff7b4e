/**
 * A bounded work queue (issue #4): at most `concurrency` tasks run at once, the rest wait in order. The image
 * service keeps one for sharp work, one task per source image with all its variants inside it: Astro measured
 * per-variant tasks at half the speed, and one task per source means one decode per source.
 */
import os from 'node:os';

/** Sharp tasks at once: one per core. Each task's libvips threads are set so the two together fill the cores. */
export function defaultConcurrency(): number {
  return Math.max(1, os.availableParallelism());
}

export class WorkQueue {
  readonly concurrency: number;
  #running = 0;
  readonly #waiting: Array<() => void> = [];
  #peak = 0;

  constructor(concurrency: number) {
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`WorkQueue: concurrency must be a whole number of at least 1; found ${concurrency}.`);
    this.concurrency = concurrency;
  }

  /** Runs `task` when a slot is free; settles as the task does. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    // A finishing task hands its slot straight to the next waiter, so a caller arriving in between cannot take it too.
    if (this.#running >= this.concurrency) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    else this.#running++;
    this.#peak = Math.max(this.#peak, this.#running);
    try {
      return await task();
    } finally {
      const next = this.#waiting.shift();
      if (next === undefined) this.#running--;
      else next();
    }
  }

  /** Tasks running and waiting. */
  get size(): number {
    return this.#running + this.#waiting.length;
  }

  /** The most tasks that ever ran at once: what tests check the bound with. */
  get peak(): number {
    return this.#peak;
  }
}
