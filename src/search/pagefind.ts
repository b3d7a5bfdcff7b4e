/**
 * Site search without a server (issue #6): Pagefind turns the stories into a static index and its JavaScript API
 * in `<output>/pagefind/`, which the reader's browser fetches in small chunks; assets/js/search.js draws the results
 * (issue #15).
 *
 * What gets indexed: each story, handed over as a record (src/search/records.ts) while its page is written: its
 * URL, title and text, and what its result shows (src/search/result-fields.ts). Not the built HTML: reading every
 * page back (listings included) made Pagefind's own process peak at 2.3 GB at 10,000 stories, against 0.3 GB for
 * records, in the same time.
 *
 * Path prefix (`/news/`): records carry prefix-free URLs (`/2025/10/09/slug/`, and their thumbnails'), so the index
 * is the same for every prefix, and the browser side adds it: the search script gives pagefind.js `basePath` and
 * `baseUrl` from `pagefindAssets(prefix)` explicitly, pagefind.js puts `baseUrl` in front of every result URL, and
 * the script in front of every thumbnail's. tests/browser/search-prefix.test.ts checks this in Chromium.
 *
 * Pagefind runs as a native binary from the optional package `@pagefind/<platform>-<arch>`, which needs no install
 * script and works offline; the Node API talks to it over stdio.
 */
import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { BroadsheetError, plural } from '../errors.ts';
import { pagefindAssets, pagefindFolder, type PagefindAssets } from './assets.ts';
import type { SearchRecord } from './records.ts';

export { pagefindAssets, pagefindFolder, type PagefindAssets } from './assets.ts';

/** The search index could not be built; the message names the folder and what to do. */
export class SearchError extends BroadsheetError {}

export interface IndexOptions {
  /** The site's path prefix (`/news/`): only decides the `assets` URLs reported back. Default `/`. */
  readonly pathPrefix?: string;
  /**
   * How many records are coming, when known beforehand (a build knows its stories): Pagefind then writes their
   * result fragments `storiesPerFragmentFile` to a file. Without it, one file per record.
   */
  readonly expectedRecords?: number;
}

/**
 * Result fragments per file (Pagefind's `maxFragments`, issue #14). Pagefind gzips and writes one file per fragment
 * after the last page, about 0.4 ms of CPU each (10,000 one-line stories: 5.4 s to write the index one file per story,
 * 1.5 s in 1,000 files); at 10,000 seed-shaped stories four to a file cut writing the index from 14.9 to 11.6 s of
 * CPU. A reader's browser then fetches a result's excerpt with three others (about 8 kB gzipped instead of 2 kB), and
 * a site publishes a quarter of the files, which matters on hosts that cap a deploy's file count.
 */
export const storiesPerFragmentFile = 4;

/** Pagefind's `maxFragments` for `records` stories; undefined (one file each) when unknown. */
export function fragmentFiles(records: number | undefined): number | undefined {
  return records === undefined || records <= 0 ? undefined : Math.ceil(records / storiesPerFragmentFile);
}

export interface IndexResult {
  /** Records in the index. */
  readonly pages: number;
  /** One index per language: `["en"]`. */
  readonly languages: readonly string[];
  /** Where the bundle's files are served from. */
  readonly assets: PagefindAssets;
}

// Pagefind's Node API drives one shared binary, and `close()` stops it for every caller: one index at a time.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Indexes `records` (consumed as they come, so a build can hand over each story as it writes it) into
 * `<outputDir>/pagefind/`, replacing any bundle already there.
 */
export function indexRecords(outputDir: string, records: AsyncIterable<SearchRecord> | Iterable<SearchRecord>, options: IndexOptions = {}): Promise<IndexResult> {
  const run = queue.then(() => indexNow(path.resolve(outputDir), records, options));
  queue = run.catch(() => undefined);
  return run;
}

async function indexNow(folder: string, records: AsyncIterable<SearchRecord> | Iterable<SearchRecord>, options: IndexOptions): Promise<IndexResult> {
  const where = `Search index of ${folder}`;
  const bundle = path.join(folder, pagefindFolder);
  try {
    const maxFragments = fragmentFiles(options.expectedRecords);
    const created = await pagefind.createIndex(maxFragments === undefined ? {} : { maxFragments }).catch((cause: unknown) => {
      throw new SearchError(
        `${where}: Pagefind did not start (${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}). ` +
          `Run \`npm ci\`: its binary comes in the optional package @pagefind/${process.platform}-${process.arch}, which --omit=optional leaves out.`,
        { cause },
      );
    });
    const index = created.index;
    if (index === undefined || created.errors.length > 0) throw pagefindFailed(where, 'start', created.errors);

    // Sent as they come and answered in any order; at most `inFlight` unanswered, so a big site is never all in memory.
    const pending = new Set<Promise<void>>();
    const problems: string[] = [];
    const inFlight = 64;
    for await (const record of records) {
      const added: Promise<void> = index.addCustomRecord(record).then(
        (response) => {
          problems.push(...response.errors.map((error) => `${record.url}: ${error}`));
        },
        (cause: unknown) => {
          problems.push(`${record.url}: ${cause instanceof Error ? cause.message : String(cause)}`);
        },
      );
      const tracked = added.finally(() => pending.delete(tracked));
      pending.add(tracked);
      if (pending.size >= inFlight) await Promise.race(pending);
    }
    await Promise.all(pending);
    if (problems.length > 0) throw pagefindFailed(where, 'index every story', problems);

    // The folder is looked at only now: a build hands records over while it is still writing it.
    const isFolder = await stat(folder).then((s) => s.isDirectory(), () => false);
    if (!isFolder) throw new SearchError(`${where}: there is no such folder. Build the site first (npm run build) and index the folder it wrote.`);
    const ownPage = await stat(path.join(bundle, 'index.html')).then(() => true, () => false);
    if (ownPage) throw new SearchError(`${where}: the site has its own page at /${pagefindFolder}/, where the search bundle goes. Give that page another permalink.`);
    await rm(bundle, { recursive: true, force: true }); // a stale bundle would keep fragments of deleted stories
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) throw pagefindFailed(where, `write ${bundle}`, written.errors);

    const languages = await readEntry(bundle, where);
    const pages = Object.values(languages).reduce((sum, language) => sum + language, 0);
    return { pages, languages: Object.keys(languages).sort(), assets: pagefindAssets(options.pathPrefix ?? '/') };
  } finally {
    await pagefind.close();
  }
}
function pagefindFailed(where: string, step: string, errors: readonly string[]): SearchError {
  // Pagefind's messages can go on to quote the whole record it refused (a story's text): the first line says why.
  const list = errors.length === 0 ? ' (it gave no reason).' : `:\n${errors.map((e) => `  - ${e.split('\n')[0]}`).join('\n')}\n`;
  const fix = 'A story\'s text that Pagefind refuses usually holds a broken character (half of an emoji written as an escape): fix it in the post named by the URL; otherwise run `npm ci` again.';
  return new SearchError(`${where}: Pagefind could not ${step}${list}${errors.length === 0 ? ' ' : ''}${fix}`);
}

/** Pages per language, from the bundle's `pagefind-entry.json` (`{ languages: { en: { page_count: 3 } } }`). */
async function readEntry(bundle: string, where: string): Promise<Record<string, number>> {
  const file = path.join(bundle, 'pagefind-entry.json');
  const entry: unknown = JSON.parse(await readFile(file, 'utf8'));
  const languages: unknown = typeof entry === 'object' && entry !== null ? Reflect.get(entry, 'languages') : undefined;
  if (typeof languages !== 'object' || languages === null) throw new SearchError(`${where}: ${file} has no \`languages\`; is the pagefind package intact?`);
  const counts: Record<string, number> = {};
  for (const [language, info] of Object.entries(languages)) {
    const count: unknown = typeof info === 'object' && info !== null ? Reflect.get(info, 'page_count') : undefined;
    if (typeof count !== 'number') throw new SearchError(`${where}: ${file} gives no page count for ${language}; is the pagefind package intact?`);
    counts[language] = count;
  }
  return counts;
}

/** `search: 12 stories indexed (en) in 1.2 s`, for the build log. */
export function describeIndex(result: IndexResult, milliseconds: number): string {
  return `search: ${plural(result.pages, 'story', 'stories')} indexed (${result.languages.join(', ') || 'no language'}) in ${(milliseconds / 1000).toFixed(1)} s`;
}
