/**
 * The build's worker threads (issue #14): posts are normalized (front matter, dates, excerpts) and story bodies
 * rendered (markdown) on a pool of threads (piscina), while the main thread reads files, lays out pages and writes
 * them. Both tasks are independent per post and need only the post and the site's settings, which are plain data.
 * Results are used in the order the posts were given, so the output is the same whatever the thread count
 * (tests/integration/build-threads.test.ts builds one site in one thread and in two, and compares the trees).
 *
 * A smaller site uses no threads: measured on two cores (`npm run bench`, build without search), 1,000 posts took
 * 2.75 s in one thread and 2.94 s with two workers, 3,000 posts 6.5-7.0 s and 6.3-6.4 s, 10,000 posts 18.8 s and
 * 15.2-16.2 s; the workers double the build's memory. So threads start at 5,000 posts.
 */
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { Post } from '../content/schema.ts';
import type { SourceFile } from '../content/normalize.ts';
import { normalizeSource, type NormalizedSource } from '../content/normalize-source.ts';
import type { Markdown } from '../markdown/create-markdown.ts';
import { renderStoryBody, type StoryBodyHtml, type StoryBodySource } from '../pages/story-body.ts';
import type { Site } from '../site.ts';
import { generatorDir } from './options.ts';

/** Below this many posts, everything runs in the main thread. */
export const minPostsForThreads = 5000;

/** Posts per normalize task: enough to make a message's cost small, few enough to share the work evenly. */
const normalizeChunk = 250;

/**
 * Worker threads for a site of `posts` posts: `requested` (BROADSHEET_THREADS) when given, none for a small site,
 * else one per core. While posts load the main thread waits for the workers; while pages are written it lays them
 * out and the workers render bodies, most of a core's work between them.
 */
export function threadsFor(requested: number | undefined, posts: number, cores = os.availableParallelism()): number {
  if (requested !== undefined) return requested;
  return posts < minPostsForThreads ? 0 : cores;
}

/**
 * The worker's module: the bundle's copy when the build runs from its bundle (src/cli/bundle.mjs sets
 * BROADSHEET_BUNDLE_DIR), else src/build/build-worker.mjs, which loads the TypeScript.
 */
function workerFile(): string {
  const bundle = process.env['BROADSHEET_BUNDLE_DIR'];
  return bundle === undefined || bundle === '' ? new URL('./build-worker.mjs', import.meta.url).href : pathToFileURL(path.join(bundle, 'worker.mjs')).href;
}

/** What each worker is started with (src/build/worker-task.ts). */
export interface WorkerSetup {
  readonly site: Site;
  readonly rootReal: string;
  readonly tsconfig: string;
}

/** One task for a worker. */
export type WorkerTask = { readonly kind: 'normalize'; readonly sources: readonly SourceFile[] } | { readonly kind: 'bodies'; readonly sources: readonly StoryBodySource[] };

/**
 * Bodies per message: one body is a fraction of a millisecond of work, about what a message's round trip between
 * threads costs, so bodies asked for in the same turn of the event loop travel together, up to this many.
 */
const bodyBatch = 16;

export interface ThreadOptions {
  readonly site: Site;
  readonly md: Markdown;
  readonly rootReal: string;
  /** BROADSHEET_THREADS, when set. */
  readonly requested?: number;
}

export class BuildThreads {
  readonly #options: ThreadOptions;
  #pool: Piscina | undefined;
  #threads = 0;
  /** Bodies asked for and not yet sent to a worker. */
  #batch: Array<{ readonly source: StoryBodySource; readonly resolve: (body: StoryBodyHtml) => void; readonly reject: (error: unknown) => void }> = [];

  constructor(options: ThreadOptions) {
    this.#options = options;
  }

  /** Worker threads in use: 0 until `normalize` has seen how big the site is, and for a small site. */
  get threads(): number {
    return this.#threads;
  }

  /** Every post normalized, in the order given; starts the pool when the site is big enough to need it. */
  async normalize(sources: readonly SourceFile[]): Promise<NormalizedSource[]> {
    const { site, md, rootReal, requested } = this.#options;
    this.#threads = threadsFor(requested, sources.length);
    if (this.#threads === 0) return sources.map((source) => normalizeSource(source, { site, md, rootReal }));
    const setup: WorkerSetup = { site, rootReal, tsconfig: `${generatorDir}/tsconfig.json` };
    this.#pool = new Piscina({ filename: workerFile(), minThreads: this.#threads, maxThreads: this.#threads, idleTimeout: Number.POSITIVE_INFINITY, workerData: setup });
    const pool = this.#pool;
    const chunks: SourceFile[][] = [];
    for (let i = 0; i < sources.length; i += normalizeChunk) chunks.push(sources.slice(i, i + normalizeChunk));
    const results = await Promise.all(chunks.map((chunk) => pool.run({ kind: 'normalize', sources: chunk } satisfies WorkerTask) as Promise<NormalizedSource[]>));
    return results.flat();
  }

  /** One story's body, on a worker when there are any. */
  async renderBody(post: Post): Promise<StoryBodyHtml> {
    const { site, md } = this.#options;
    if (this.#pool === undefined) return renderStoryBody(md, post, site.bodies);
    return new Promise((resolve, reject) => {
      this.#batch.push({ source: { body: post.body, format: post.format, excerpt: post.excerpt }, resolve, reject });
      if (this.#batch.length >= bodyBatch) this.#sendBatch();
      else if (this.#batch.length === 1) setImmediate(() => this.#sendBatch());
    });
  }

  #sendBatch(): void {
    const batch = this.#batch;
    if (batch.length === 0 || this.#pool === undefined) return;
    this.#batch = [];
    const sent = this.#pool.run({ kind: 'bodies', sources: batch.map((item) => item.source) } satisfies WorkerTask) as Promise<StoryBodyHtml[]>;
    sent.then(
      (bodies) => batch.forEach((item, index) => item.resolve(bodies[index] as StoryBodyHtml)),
      (error: unknown) => batch.forEach((item) => item.reject(error)),
    );
  }

  /** Stops the workers, if any; a body still unsent is refused, not left waiting. Safe to call more than once. */
  async close(): Promise<void> {
    const pool = this.#pool;
    this.#pool = undefined;
    for (const item of this.#batch.splice(0)) item.reject(new Error('Internal error: a story body was asked for after the build stopped its worker threads.'));
    await pool?.destroy();
  }
}
