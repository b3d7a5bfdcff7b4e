/**
 * Normalized posts kept between builds (issue #14): reading front matter, dates and excerpts is the other big part
 * of a large build, and an edit changes one post. Each post is kept under a digest of its source (path, text and
 * what its folder says of it) with every file it named and what was there (its lead image: found, missing, a link
 * out of the site); it is reused while those are found the same way, valid for one renderer digest (the generator's
 * code and the settings, src/build/build-record.ts), in a store of shard files (src/build/kept-file.ts). A build
 * keeps exactly the posts it read.
 */
import { createHash } from 'node:crypto';
import type { SourceFile } from '../content/normalize.ts';
import { describeLocation, type NormalizedSource } from '../content/normalize-source.ts';
import { locateSync } from '../files/site-root.ts';
import { KeptStore } from './kept-file.ts';

interface Kept {
  readonly key: string;
  readonly result: NormalizedSource;
}

export class PostCache {
  readonly #store: KeptStore<Kept>;
  readonly #rootReal: string;
  /** Each post this build normalized or reused, by the digest of its source: all the post is made from. */
  readonly #digests = new WeakMap<object, string>();

  /** The cache in the folder `dir` when written under the same `renderer` digest (else, or for '', empty). */
  constructor(dir: string, renderer: string, rootReal: string) {
    this.#store = new KeptStore(dir, renderer);
    this.#rootReal = rootReal;
  }

  /** Every source normalized, in the order given: kept ones reused, the others by `normalize`, then kept. */
  async normalize(sources: readonly SourceFile[], normalize: (sources: readonly SourceFile[]) => Promise<readonly NormalizedSource[]>): Promise<NormalizedSource[]> {
    const keys = sources.map(keyOf);
    const results: Array<NormalizedSource | undefined> = sources.map((source, index) => {
      const kept = this.#store.get(source.path);
      return kept !== undefined && kept.key === keys[index] && this.#stillFound(kept.result) ? kept.result : undefined;
    });
    const missed = sources.filter((_, index) => results[index] === undefined);
    const fresh = missed.length === 0 ? [] : await normalize(missed);
    let next = 0;
    return sources.map((source, index) => {
      const reused = results[index];
      const result = reused ?? fresh[next++];
      const key = keys[index];
      if (result === undefined || key === undefined) throw new Error(`Internal error: ${source.path} was not normalized.`);
      this.#store.set(source.path, { key, result }, reused !== undefined);
      if (result.post !== undefined) this.#digests.set(result.post, key);
      return result;
    });
  }

  /**
   * A digest of everything `post` was made from, when this cache made or reused it (the same digest, the same post,
   * under one renderer digest); undefined for a post made since (Liquid's).
   */
  digestOf(post: object): string | undefined {
    return this.#digests.get(post);
  }

  /** Writes what changed, under the `renderer` digest the posts were normalized with. */
  save(renderer: string): void {
    this.#store.save(renderer);
  }

  #stillFound(result: NormalizedSource): boolean {
    return result.looked.every(([sitePath, found]) => describeLocation(locateSync(this.#rootReal, sitePath)) === found);
  }
}

function keyOf(source: SourceFile): string {
  return createHash('sha256').update(JSON.stringify([source.path, source.categories ?? [], source.format ?? 'markdown', source.lenient === true, source.draft === true, source.mtime?.getTime() ?? null])).update('\0').update(source.text).digest('base64url');
}

