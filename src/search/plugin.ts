/**
 * Eleventy adapter for search (issue #6): each story goes to Pagefind as its page is written (src/search/records.ts),
 * and once every page is, the index is written into the output folder, so a build (and `npm run serve`) always
 * ships an index matching its pages. A failure fails the build, and `npm run build` then leaves the previous
 * `_site/` as it was.
 */
import type { BuildState } from '../build/state.ts';
import type { Site } from '../site.ts';
import type { EleventyConfig } from '../types/eleventy.ts';
import { AsyncQueue } from './async-queue.ts';
import { describeIndex, type IndexResult, indexRecords } from './pagefind.ts';
import { type SearchRecord, searchRecord } from './records.ts';

export interface SearchOptions {
  readonly site: Site;
  readonly state: BuildState;
  /** The folder this build writes to. */
  readonly output: string;
}

/** Records allowed to wait for Pagefind before page writing pauses. */
const backlog = 256;

interface IndexRun {
  readonly records: AsyncQueue<SearchRecord>;
  readonly result: Promise<IndexResult>;
  readonly started: number;
}

export function searchPlugin(config: EleventyConfig, options: SearchOptions): void {
  const { site, state, output } = options;
  let run: IndexRun | undefined;

  const start = (): IndexRun => {
    const records = new AsyncQueue<SearchRecord>();
    const result = indexRecords(output, records, { pathPrefix: site.pathPrefix });
    // Awaited after the pages. Should Pagefind fail first, the queue is aborted so no page waits for room in it;
    // the error then fails the build from afterWrite.
    result.catch((error: unknown) => records.abort(error));
    return { records, result, started: performance.now() };
  };

  // A build that failed halfway left its run open; `serve` starts the next build here.
  config.on('eleventy.before', () => {
    run?.records.abort(new Error('The build stopped before its search index was written.'));
    run = undefined;
    waiting = new Map();
    next = 0;
  });

  // Pagefind numbers records in the order it gets them, and that order is in its files: stories are handed over in
  // the plan's order (held back until the ones before them are written), so two builds give the same bundle.
  let waiting = new Map<number, SearchRecord>();
  let next = 0;
  state.onStory.push((post, bodyHtml, position) => {
    run ??= start();
    waiting.set(position, searchRecord(post, bodyHtml, site));
    for (let record = waiting.get(next); record !== undefined; record = waiting.get(next)) {
      run.records.push(record);
      waiting.delete(next++);
    }
    // Pagefind indexes more slowly than pages are written: past `backlog` records waiting, the writer waits too, so
    // a big site's text is not all held in memory at once.
    return run.records.room(backlog);
  });

  state.afterWrite.push(async () => {
    const current = run;
    run = undefined;
    if (waiting.size > 0) throw new Error(`Internal error: ${waiting.size} stories never reached the search index (story ${next} was not written).`);
    waiting = new Map();
    next = 0;
    // No stories, no index: the plan has no search page then, and Pagefind cannot write an index of nothing.
    if (current === undefined) return;
    current.records.end();
    const result = await current.result;
    console.log(`[broadsheet] ${describeIndex(result, performance.now() - current.started)}`);
  });
}
