/**
 * A bounded work queue (issue #4): at most `concurrency` tasks run at once, the rest wait in order. The image
 * service keeps one for sharp work, one task per source image with all its variants inside it: Astro measured
 * per-variant tasks at half the speed, and one task per source means one decode per source.
 */
import os from 'node:os';

/** How the image service spreads its work over the cores (issue #14). */
export interface SharpConcurrency {
  /** Source tasks at once, each holding one decoded photo: one per core. */
  readonly sources: number;
  /** sharp operations (decode, encode) in flight at once, across all tasks. */
  readonly operations: number;
  /** libvips threads each operation may use (`sharp.concurrency`). */
  readonly threads: number;
}

/**
 * Every core busy, every file operation still served (issue #14). sharp runs each operation on one of libuv's
 * threads (`UV_THREADPOOL_SIZE`, default 4), which file reads and writes share, so operations are capped at one
 * thread fewer: a cache write never waits behind encodes. Within that cap, one operation per core and one more, each
 * on one libvips thread: encoders are mostly single-threaded (a second libvips thread per WebP or JPEG encode idles),
 * and the extra one keeps a core busy while a task hashes, reads or writes between operations. A task queues all of
 * its variants at once, so the last photo of a build keeps every core busy too. Past the cap, each operation gets
 * enough libvips threads to make up the cores.
 */
export function sharpConcurrency(cores: number, libuvThreads: number): SharpConcurrency {
  const sources = Math.max(1, cores);
  const operations = Math.max(1, Math.min(sources + 1, libuvThreads - 1));
  return { sources, operations, threads: Math.ceil(sources / operations) };
}

/** `sharpConcurrency` for this machine and process. */
export function defaultConcurrency(): SharpConcurrency {
  const libuvThreads = Number(process.env['UV_THREADPOOL_SIZE']);
  return sharpConcurrency(os.availableParallelism(), Number.isInteger(libuvThreads) && libuvThreads > 0 ? libuvThreads : 4);
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
