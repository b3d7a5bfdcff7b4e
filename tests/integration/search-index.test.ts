/**
 * The search index (issue #6), built by the real Pagefind binary from story records into a temp output folder and
 * searched with the pagefind.js it wrote, served over loopback under a path prefix, as a reader's browser would
 * fetch it.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { setImmediate } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { AsyncQueue } from '../../src/search/async-queue.ts';
import { indexRecords, type IndexResult, pagefindAssets, SearchError } from '../../src/search/pagefind.ts';
import type { SearchRecord } from '../../src/search/records.ts';
import { serveFolder, type StaticServer } from '../helpers/static-server.ts';

/** A record shaped as `searchRecord` makes it: the title leads the text; published on `day` of October 2025. */
const record = (url: string, title: string, text: string, language = 'en', day = Number(/\/2025\/10\/(\d\d)\//.exec(url)?.[1] ?? 1)): SearchRecord => {
  const date = new Date(Date.UTC(2025, 9, day, 9));
  return { url, content: `${title}. ${text}`, language, meta: { title }, filters: { date: [`${day} October 2025, 09:00 UTC`], datetime: [date.toISOString()] }, sort: { date: date.toISOString() } };
};

/** Four stories; the last has a non-Latin slug, so its URL arrives percent-encoded. */
const records: readonly SearchRecord[] = [
  record('/2025/10/01/rare-earths/', 'China tightens rare earth exports', 'Beijing adds licences for gallium and germanium.'),
  record('/2025/10/02/reefs/', 'Bleaching slowed on southern reefs', 'Divers counted fewer bleached corals this year.'),
  record('/2025/10/03/rates/', 'Central bank holds rates', 'Inflation eased for a third month.'),
  record('/2025/10/10/%E7%A8%80%E5%9C%9F%E5%87%BA%E5%8F%A3/', 'Export quotas set for the year', 'The ministry capped yttrium shipments.'),
];

/** The part of pagefind.js this test calls (its own typings are not shipped in the bundle). */
interface PagefindWeb {
  options(options: { basePath: string; baseUrl: string }): Promise<void>;
  search(
    term: string,
    options?: { sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: Array<{ data(): Promise<{ url: string; meta: Record<string, string | undefined>; filters: Record<string, string[]> }> }> }>;
}

/** Every file under `root`, relative, with its bytes. */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out.set(path.relative(root, full), readFileSync(full).toString('base64'));
  }
  return out;
}

/** A fresh, empty output folder under `parent`. */
function outputFolder(parent: string, name: string): string {
  const folder = path.join(parent, name);
  mkdirSync(folder);
  return folder;
}

describe('indexRecords into an output folder', () => {
  let tmp: string;
  let site: string;
  let result: IndexResult;
  let server: StaticServer;
  let web: PagefindWeb;

  const found = async (term: string, sort?: Record<string, 'asc' | 'desc'>): Promise<Array<[url: string, title: string | undefined]>> => {
    const search = await web.search(term, sort === undefined ? {} : { sort });
    const data = await Promise.all(search.results.map((r) => r.data()));
    return data.map((d) => [d.url, d.meta['title']]);
  };

  before(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), 'broadsheet-search-'));
    site = outputFolder(tmp, 'site');
    writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>Front page</title>');
    result = await indexRecords(site, records, { pathPrefix: '/news/' });
    server = await serveFolder(site, '/news/');
    web = await import(pathToFileURL(path.join(site, 'pagefind/pagefind.js')).href);
    await web.options({ basePath: server.url('/pagefind/'), baseUrl: pagefindAssets('/news/').baseUrl });
  });
  after(async () => {
    await server?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  test('says how many stories it indexed, in which languages, and where the search library is served under the prefix', () => {
    assert.deepEqual(result, { pages: 4, languages: ['en'], assets: pagefindAssets('/news/') });
    assert.equal(result.assets.library, '/news/pagefind/pagefind.js');
  });

  test('writes the search library and the index into <output>/pagefind/, and leaves the site’s own files alone', () => {
    for (const file of ['pagefind.js', 'pagefind-entry.json', 'wasm.en.pagefind']) {
      assert.ok(existsSync(path.join(site, 'pagefind', file)), `pagefind/${file}`);
    }
    assert.ok(readdirSync(path.join(site, 'pagefind/index')).some((f) => f.endsWith('.pf_index')));
    assert.equal(readdirSync(path.join(site, 'pagefind/fragment')).filter((f) => f.endsWith('.pf_fragment')).length, 4);
    assert.deepEqual(readdirSync(site).sort(), ['index.html', 'pagefind']);
    assert.equal(readFileSync(path.join(site, 'index.html'), 'utf8'), '<!doctype html><title>Front page</title>');
  });

  test('a word in one story’s text finds that story alone, titled from its meta, linked under the path prefix', async () => {
    assert.deepEqual(await found('germanium'), [['/news/2025/10/01/rare-earths/', 'China tightens rare earth exports']]);
    assert.deepEqual(await found('bleached corals'), [['/news/2025/10/02/reefs/', 'Bleaching slowed on southern reefs']]);
  });

  test('a story whose URL is percent-encoded is linked under the prefix, encoded once', async () => {
    assert.deepEqual(await found('yttrium'), [['/news/2025/10/10/%E7%A8%80%E5%9C%9F%E5%87%BA%E5%8F%A3/', 'Export quotas set for the year']]);
  });

  test('each result brings back what its card is drawn from, exactly as the record gave it: meta and filters', async () => {
    const search = await web.search('yttrium');
    const data = await Promise.all(search.results.map((r) => r.data()));
    assert.deepEqual(
      data.map((d) => [d.meta, d.filters]),
      [[{ title: 'Export quotas set for the year' }, { date: ['10 October 2025, 09:00 UTC'], datetime: ['2025-10-10T09:00:00.000Z'] }]],
    );
  });

  test('words only in the filters (a month, a zone, an hour) find nothing: Pagefind searches meta, not filters', async () => {
    for (const term of ['October', 'UTC', '09']) assert.deepEqual(await found(term), [], term);
  });

  test('a word in no story finds nothing', async () => {
    for (const term of ['quokka', 'zooplankton']) assert.deepEqual(await found(term), [], term);
  });

  test('indexing the same records again replaces the bundle, stale files included, with the same bytes', async () => {
    const copy = path.join(tmp, 'again');
    cpSync(site, copy, { recursive: true });
    writeFileSync(path.join(copy, 'pagefind/fragment/stale.pf_fragment'), 'left over from an older build');
    await indexRecords(copy, records, { pathPrefix: '/news/' });
    assert.deepEqual(snapshot(path.join(copy, 'pagefind')), snapshot(path.join(site, 'pagefind')));
  });

  test('records handed over one at a time through an AsyncQueue, as the build does, give the same bundle', async () => {
    const folder = outputFolder(tmp, 'queued');
    const queue = new AsyncQueue<SearchRecord>();
    const indexed = indexRecords(folder, queue, { pathPrefix: '/news/' });
    for (const each of records) {
      await setImmediate(); // the build writes pages in between
      queue.push(each);
    }
    queue.end();
    assert.deepEqual(await indexed, result);
    assert.deepEqual(snapshot(path.join(folder, 'pagefind')), snapshot(path.join(site, 'pagefind')));
  });

  test('records in two languages get an index each, and the stories of both are counted', async () => {
    const folder = outputFolder(tmp, 'bilingual');
    const bilingual = [...records, record('/2025/10/04/terres-rares/', 'La Chine restreint les exportations', 'Pékin ajoute des licences.', 'fr')];
    const counted = await indexRecords(folder, bilingual);
    assert.deepEqual({ pages: counted.pages, languages: counted.languages }, { pages: 5, languages: ['en', 'fr'] });
    for (const file of ['wasm.en.pagefind', 'wasm.fr.pagefind']) assert.ok(existsSync(path.join(folder, 'pagefind', file)), `pagefind/${file}`);
  });
});

describe('results sorted by the records’ date key', () => {
  let tmp: string;
  let server: StaticServer;
  let web: PagefindWeb;
  /** Three stories about gallium: the oldest says it most, so it is the best match. */
  const gallium = [
    record('/2025/10/01/gallium-glut/', 'Gallium glut', 'Gallium prices fell as gallium stocks grew; gallium traders worry.'),
    record('/2025/10/05/chip-supply/', 'Chip supply', 'Chipmakers need gallium.'),
    record('/2025/10/03/export-rules/', 'Export rules', 'The rules cover gallium and germanium.'),
  ];
  const urls = async (sort?: Record<string, 'asc' | 'desc'>) => {
    const search = await web.search('gallium', sort === undefined ? {} : { sort });
    return (await Promise.all(search.results.map((r) => r.data()))).map((d) => d.url);
  };

  before(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), 'broadsheet-search-sort-'));
    await indexRecords(tmp, gallium);
    server = await serveFolder(tmp, '/');
    web = await import(pathToFileURL(path.join(tmp, 'pagefind/pagefind.js')).href);
    await web.options({ basePath: server.url('/pagefind/'), baseUrl: '/' });
  });
  after(async () => {
    await server?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  test('best match puts the story that says the word most first, though it is the oldest', async () => {
    assert.equal((await urls())[0], '/2025/10/01/gallium-glut/');
  });

  test('"date: desc" gives newest first and "asc" oldest first, whatever their scores ("Newest first" on the page)', async () => {
    assert.deepEqual(await urls({ date: 'desc' }), ['/2025/10/05/chip-supply/', '/2025/10/03/export-rules/', '/2025/10/01/gallium-glut/']);
    assert.deepEqual(await urls({ date: 'asc' }), ['/2025/10/01/gallium-glut/', '/2025/10/03/export-rules/', '/2025/10/05/chip-supply/']);
  });
});

describe('indexRecords refuses what it cannot index', () => {
  let tmp: string;
  const one = records.slice(0, 1);
  before(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'broadsheet-search-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  test('a missing folder: names it and says to build first', async () => {
    const missing = path.join(tmp, '_site');
    await assert.rejects(indexRecords(missing, one), (error: unknown) => {
      assert.ok(error instanceof SearchError);
      assert.equal(error.message, `Search index of ${missing}: there is no such folder. Build the site first (npm run build) and index the folder it wrote.`);
      return true;
    });
    assert.equal(existsSync(missing), false);
  });

  test('a site page at /pagefind/ is not overwritten by the bundle', async () => {
    const clash = outputFolder(tmp, 'clash');
    mkdirSync(path.join(clash, 'pagefind'));
    writeFileSync(path.join(clash, 'pagefind/index.html'), '<!doctype html><title>About our search engine</title>');
    await assert.rejects(indexRecords(clash, one), (error: unknown) => {
      assert.ok(error instanceof SearchError);
      assert.equal(
        error.message,
        `Search index of ${clash}: the site has its own page at /pagefind/, where the search bundle goes. Give that page another permalink.`,
      );
      return true;
    });
    assert.deepEqual(readdirSync(path.join(clash, 'pagefind')), ['index.html']);
  });

  // A lone surrogate reaches a title from YAML's "\uD83E" escape or from text cut in the middle of an emoji; the
  // binary cannot parse the message that carries it.
  test('a story Pagefind cannot take: names its URL and what Pagefind said, and writes no bundle', async () => {
    const folder = outputFolder(tmp, 'unreadable');
    const broken = record('/2025/10/05/kangaroo/', 'Kangaroo count', `Rangers counted ${'🦘'.slice(0, 1)}`);
    await assert.rejects(indexRecords(folder, [...one, broken]), (error: unknown) => {
      assert.ok(error instanceof SearchError);
      const [first, second] = error.message.split('\n');
      assert.equal(first, `Search index of ${folder}: Pagefind could not index every story:`);
      assert.match(second ?? '', /^ {2}- \/2025\/10\/05\/kangaroo\/: Pagefind service error when parsing a message: \S/);
      assert.doesNotMatch(error.message, /rare-earths/);
      return true;
    });
    assert.deepEqual(readdirSync(folder), []);
  });

  test('a build that stops halfway: its error comes back, nothing is written, and the next index is built', async () => {
    const folder = outputFolder(tmp, 'stopped');
    const queue = new AsyncQueue<SearchRecord>();
    const stopped = new Error('The build stopped before its search index was written.');
    const indexed = indexRecords(folder, queue);
    for (const each of one) queue.push(each);
    await setImmediate();
    queue.abort(stopped);
    await assert.rejects(indexed, (error: unknown) => error === stopped);
    assert.deepEqual(readdirSync(folder), []);

    const next = await indexRecords(folder, records);
    assert.equal(next.pages, 4);
  });
});
