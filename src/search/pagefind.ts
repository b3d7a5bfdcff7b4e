/**
 * Site search without a server (issue #6): Pagefind reads the built HTML and writes a static index and search UI
 * into `<output>/pagefind/`, fetched by the reader's browser in small chunks. Run it on the finished output folder
 * (the build calls it on the staging folder, before the swap), never on sources.
 *
 * What gets indexed: once any page carries `data-pagefind-body`, Pagefind indexes only pages that have it, and only
 * that element. The story layout puts it on the article, so stories are searchable and listings, archives and the
 * 404 page are not. Were no page marked, Pagefind would index every page whole: `pages` against `files` in the
 * result shows which happened.
 *
 * Path prefix (`/news/`): nothing changes at index time. Pagefind makes each result URL from the file's path
 * relative to the indexed folder (`2025/10/09/slug/index.html` → `/2025/10/09/slug/`), so the index is the same
 * for every prefix, and the browser side adds the prefix:
 * - the UI finds its bundle from its own `<script src>` (`document.currentScript`), so a classic
 *   `<script src="/news/pagefind/pagefind-ui.js">` loads `/news/pagefind/pagefind.js` and its index;
 * - pagefind.js's `baseUrl` defaults to whatever precedes `pagefind/` in the bundle path, here `/news/`, and is
 *   put in front of every result URL, so results link to `/news/2025/10/09/slug/`.
 * Both defaults hang on the script's URL (a bundled or `type="module"` copy of the UI has no `currentScript` and
 * falls back to `/pagefind/`), so pass both explicitly: `new PagefindUI({ element, bundlePath, baseUrl })` with
 * the values of `pagefindAssets(site.pathPrefix)`. tests/browser/search-prefix.test.ts checks this in Chromium.
 *
 * Pagefind runs as a native binary from the optional package `@pagefind/<platform>-<arch>`, which needs no install
 * script and works offline; the Node API talks to it over stdio.
 */
import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { BroadsheetError, plural } from '../errors.ts';
import { pagefindAssets, pagefindFolder, type PagefindAssets } from './assets.ts';

export { pagefindAssets, pagefindFolder, type PagefindAssets } from './assets.ts';

/** The search index could not be built; the message names the folder and what to do. */
export class SearchError extends BroadsheetError {}

export interface IndexOptions {
  /** The site's path prefix (`/news/`): only decides the `assets` URLs reported back. Default `/`. */
  readonly pathPrefix?: string;
  /** Index every page as this language (ISO 639-1) instead of each page's `<html lang>`. */
  readonly forceLanguage?: string;
}

export interface IndexResult {
  /** Pages in the index: those with `data-pagefind-body`, or every page when none has it. */
  readonly pages: number;
  /** HTML files Pagefind read. */
  readonly files: number;
  /** One index per language Pagefind found: `["en"]`. */
  readonly languages: readonly string[];
  /** Where the UI's files are served from. */
  readonly assets: PagefindAssets;
}

// Pagefind's Node API drives one shared binary, and `close()` stops it for every caller: one index at a time.
let queue: Promise<unknown> = Promise.resolve();

/** Indexes the HTML under `outputDir` into `<outputDir>/pagefind/`, replacing any bundle already there. */
export function indexSite(outputDir: string, options: IndexOptions = {}): Promise<IndexResult> {
  const run = queue.then(() => indexNow(path.resolve(outputDir), options));
  queue = run.catch(() => undefined);
  return run;
}

async function indexNow(folder: string, options: IndexOptions): Promise<IndexResult> {
  const where = `Search index of ${folder}`;
  const isFolder = await stat(folder).then((s) => s.isDirectory(), () => false);
  if (!isFolder) throw new SearchError(`${where}: there is no such folder. Build the site first (npm run build) and index the folder it wrote.`);

  const bundle = path.join(folder, pagefindFolder);
  const ownPage = await stat(path.join(bundle, 'index.html')).then(() => true, () => false);
  if (ownPage) throw new SearchError(`${where}: the site has its own page at /${pagefindFolder}/, where the search bundle goes. Give that page another permalink.`);
  await rm(bundle, { recursive: true, force: true }); // a stale bundle would keep fragments of deleted stories

  try {
    const created = await pagefind.createIndex(options.forceLanguage === undefined ? {} : { forceLanguage: options.forceLanguage }).catch((cause: unknown) => {
      throw new SearchError(
        `${where}: Pagefind did not start (${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}). ` +
          `Run \`npm ci\`: its binary comes in the optional package @pagefind/${process.platform}-${process.arch}, which --omit=optional leaves out.`,
        { cause },
      );
    });
    const index = created.index;
    if (index === undefined || created.errors.length > 0) throw pagefindFailed(where, 'start', created.errors);

    const added = await index.addDirectory({ path: folder });
    if (added.errors.length > 0) throw pagefindFailed(where, 'read the pages', added.errors);
    if (added.page_count === 0) throw new SearchError(`${where}: found no HTML files. Index the output folder of a finished build (it holds index.html).`);

    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) throw pagefindFailed(where, `write ${bundle}`, written.errors);

    const languages = await readEntry(bundle, where);
    const pages = Object.values(languages).reduce((sum, language) => sum + language, 0);
    return { pages, files: added.page_count, languages: Object.keys(languages).sort(), assets: pagefindAssets(options.pathPrefix ?? '/') };
  } finally {
    await pagefind.close();
  }
}

function pagefindFailed(where: string, step: string, errors: readonly string[]): SearchError {
  const list = errors.length === 0 ? ' (it gave no reason)' : `:\n${errors.map((e) => `  - ${e}`).join('\n')}`;
  return new SearchError(`${where}: Pagefind could not ${step}${list}`);
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

/** `search: 12 pages indexed of 40 HTML files (en)`, for the build log. */
export function describeIndex(result: IndexResult): string {
  return `search: ${plural(result.pages, 'page')} indexed of ${plural(result.files, 'HTML file')} (${result.languages.join(', ') || 'no language'})`;
}
