/**
 * The search index of one build (issue #6): each story goes to Pagefind as its page is written (src/search/records.ts),
 * and once every page is, the index is written into the output folder, so a build always ships an index matching
 * its pages. A failure fails the build, and `npm run build` then leaves the previous `_site/` as it was.
 */
import type { Post } from '../content/schema.ts';
import type { Site } from '../site.ts';
import { AsyncQueue } from './async-queue.ts';
import { describeIndex, type IndexResult, indexRecords } from './pagefind.ts';
import { type ImageLookup, type SearchRecord, searchRecord } from './records.ts';
import { stopwatch } from './stopwatch.ts';

/** Records allowed to wait for Pagefind before page writing pauses. */
const backlog = 256;

export interface SearchIndexer {
  /**
   * A story whose page is being written, with its body as rendered. Stories come in any order; `position` is the
   * story's place among the plan's story pages (0, 1, 2, …). The promise holds the writer back while Pagefind falls
   * behind, so a big site's text is not all held in memory at once.
   */
  add(post: Post, bodyHtml: string, position: number): Promise<void>;
  /** Writes the index once every story is added; the summary line, or undefined when there were no stories. */
  finish(): Promise<string | undefined>;
}

/**
 * `stories`: how many story pages the plan has, when known (Pagefind then groups their result fragments, see
 * `storiesPerFragmentFile`). `images`: the build's readied images, so each result shows a thumbnail of its story's
 * lead image from the variants the pipeline writes anyway (src/search/thumbnail.ts).
 */
export function startSearchIndex(site: Site, output: string, stories?: number, images?: ImageLookup): SearchIndexer {
  let run: { records: AsyncQueue<SearchRecord>; result: Promise<IndexResult> } | undefined;
  // Pagefind numbers records in the order it gets them, and that order is in its files: stories are handed over in
  // the plan's order (held back until the ones before them are written), so two builds give the same bundle.
  const waiting = new Map<number, SearchRecord>();
  let next = 0;
  // The time search costs the build (issue #14): making records, page writing held back while Pagefind catches up,
  // and the wait for the index after the last page. Not the pages themselves, nor Pagefind's work while they are written.
  const spent = stopwatch();
  const start = () => {
    const records = new AsyncQueue<SearchRecord>();
    const result = indexRecords(output, records, { pathPrefix: site.pathPrefix, ...(stories === undefined ? {} : { expectedRecords: stories }) });
    // Should Pagefind fail first, the queue is aborted so no page waits for room in it; `finish` then throws.
    result.catch((error: unknown) => records.abort(error));
    return { records, result };
  };
  return {
    add(post, bodyHtml, position) {
      const made = spent.begin();
      run ??= start();
      waiting.set(position, searchRecord(post, bodyHtml, site, images));
      for (let record = waiting.get(next); record !== undefined; record = waiting.get(next)) {
        run.records.push(record);
        waiting.delete(next++);
      }
      made.end();
      if (run.records.size < backlog) return Promise.resolve();
      const held = spent.begin();
      return run.records.room(backlog).finally(() => held.end());
    },
    async finish() {
      if (waiting.size > 0) throw new Error(`Internal error: ${waiting.size} stories never reached the search index (story ${next} was not written).`);
      // No stories, no index: the plan has no search page then, and Pagefind cannot write an index of nothing.
      if (run === undefined) return undefined;
      const tail = spent.begin();
      run.records.end();
      const result = await run.result;
      tail.end();
      return describeIndex(result, spent.total());
    },
  };
}
