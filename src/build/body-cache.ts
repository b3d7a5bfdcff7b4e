/**
 * Story bodies kept between builds (issue #14): markdown is most of a big build's work, and an edit changes one
 * body. Each body rendered is kept under a digest of what it is rendered from (the body, its format, the excerpt:
 * `StoryBodySource`), valid for one renderer digest (the generator's code and the settings,
 * src/build/build-record.ts), in a store of shard files (src/build/kept-file.ts). A build keeps exactly the bodies
 * it used, so the store holds one site's stories.
 */
import { createHash } from 'node:crypto';
import type { StoryBodyHtml, StoryBodySource } from '../pages/story-body.ts';
import { KeptStore } from './kept-file.ts';

/** One body as kept: the feed copy only where it differs from the page's (a wide table, an embed). */
type Kept = readonly [page: string, feed: string | undefined, imagesWithoutAlt: readonly string[], opensWithExcerpt: boolean];

export class BodyCache {
  readonly #store: KeptStore<Kept>;
  readonly #known: (source: StoryBodySource) => string | undefined;

  /**
   * The cache in the folder `dir`, when it was written under the same `renderer` digest; else (or for '') empty.
   * `known`: a digest already known of all a post was made from (src/build/post-cache.ts), which then names its body.
   */
  constructor(dir: string, renderer: string, known: (source: StoryBodySource) => string | undefined = () => undefined) {
    this.#store = new KeptStore(dir, renderer);
    this.#known = known;
  }

  /** What the body of `source` is kept under: the digest of the post's source when known, else of the body. */
  keyOf(source: StoryBodySource): string {
    const known = this.#known(source);
    return known === undefined ? bodyKey(source) : `source:${known}`;
  }

  /** The body rendered from `source`, kept from an earlier build; else `render`ed now and kept. */
  async body(source: StoryBodySource, render: () => Promise<StoryBodyHtml>): Promise<StoryBodyHtml> {
    const key = this.keyOf(source);
    const kept = this.#store.get(key);
    if (kept !== undefined) {
      this.#store.set(key, kept, true);
      const [page, feed, imagesWithoutAlt, opensWithExcerpt] = kept;
      return { page, feed: feed ?? page, imagesWithoutAlt, opensWithExcerpt };
    }
    const body = await render();
    this.#store.set(key, [body.page, body.feed === body.page ? undefined : body.feed, body.imagesWithoutAlt, body.opensWithExcerpt]);
    return body;
  }

  /** Writes what changed, under the `renderer` digest the bodies were rendered with. */
  save(renderer: string): void {
    this.#store.save(renderer);
  }
}

const keys = new WeakMap<StoryBodySource, string>();

/** What a body is kept under: a digest of all it is rendered from (once per post object). */
export function bodyKey(source: StoryBodySource): string {
  let key = keys.get(source);
  if (key === undefined) {
    key = digestOf(source);
    keys.set(source, key);
  }
  return key;
}

function digestOf(source: StoryBodySource): string {
  return createHash('sha256').update(JSON.stringify([source.body, source.format, source.excerpt])).digest('base64url');
}

