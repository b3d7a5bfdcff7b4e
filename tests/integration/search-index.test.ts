/**
 * The search index (issue #6), built by the real Pagefind binary over a tiny output folder and searched with the
 * pagefind.js it wrote, served over loopback under a path prefix, as a reader's browser would fetch it.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { indexSite, type IndexResult, pagefindAssets, SearchError } from '../../src/search/pagefind.ts';
import { serveFolder, type StaticServer } from '../helpers/static-server.ts';

const page = (title: string, main: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} · Fixture Times</title></head>` +
  `<body><header><a href="/">Fixture Times</a><nav>Business Science Technology masthead</nav></header><main>${main}</main>` +
  '<footer>Sections Tags Authors footer</footer></body></html>';

const story = (title: string, body: string): string =>
  page(title, `<article class="story" data-pagefind-body><h1>${title}</h1><p class="byline">By Lin Chen</p><div class="story__body">${body}</div></article>`);

/** Three stories, a listing and the 404 page: only the stories carry data-pagefind-body. */
const files: Record<string, string> = {
  '2025/10/01/rare-earths/index.html': story('China tightens rare earth exports', '<p>Beijing adds licences for gallium and germanium.</p>'),
  '2025/10/02/reefs/index.html': story('Bleaching slowed on southern reefs', '<p>Divers counted fewer bleached corals this year.</p>'),
  '2025/10/03/rates/index.html': story('Central bank holds rates', '<p>Inflation eased for a third month.</p>'),
  'category/science/index.html': page('Science', '<h1>Science</h1><p>Listing of stories about zooplankton.</p>'),
  '404.html': page('Not found', '<h1>Page not found</h1><p>Try the quokka index.</p>'),
};

/** The part of pagefind.js this test calls (its own typings are not shipped in the bundle). */
interface PagefindWeb {
  options(options: { basePath: string; baseUrl: string }): Promise<void>;
  search(term: string): Promise<{ results: Array<{ data(): Promise<{ url: string; meta: { title?: string } }> }> }>;
}

function writeSite(root: string): void {
  for (const [file, html] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), html);
  }
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

describe('indexSite over a built folder', () => {
  let tmp: string;
  let site: string;
  let result: IndexResult;
  let server: StaticServer;
  let web: PagefindWeb;

  const titles = async (term: string): Promise<Array<[url: string, title: string | undefined]>> => {
    const found = await web.search(term);
    const data = await Promise.all(found.results.map((r) => r.data()));
    return data.map((d) => [d.url, d.meta.title]);
  };

  before(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), 'broadsheet-search-'));
    site = path.join(tmp, 'site');
    writeSite(site);
    result = await indexSite(site, { pathPrefix: '/news/' });
    server = await serveFolder(site, '/news/');
    web = await import(pathToFileURL(path.join(site, 'pagefind/pagefind.js')).href);
    await web.options({ basePath: server.url('/pagefind/'), baseUrl: pagefindAssets('/news/').baseUrl });
  });
  after(async () => {
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  test('indexes only the pages marked data-pagefind-body, and says how many it read', () => {
    assert.deepEqual({ pages: result.pages, files: result.files, languages: result.languages }, { pages: 3, files: 5, languages: ['en'] });
    assert.equal(result.assets.script, '/news/pagefind/pagefind-ui.js');
  });

  test('writes the UI, the search library and the index into <output>/pagefind/', () => {
    for (const file of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind.js', 'pagefind-entry.json', 'wasm.en.pagefind']) {
      assert.ok(existsSync(path.join(site, 'pagefind', file)), `pagefind/${file}`);
    }
    assert.ok(readdirSync(path.join(site, 'pagefind/index')).some((f) => f.endsWith('.pf_index')));
    assert.ok(readdirSync(path.join(site, 'pagefind/fragment')).some((f) => f.endsWith('.pf_fragment')));
  });

  test('finds a story by a word of its body and links it under the path prefix', async () => {
    assert.deepEqual(await titles('germanium'), [['/news/2025/10/01/rare-earths/', 'China tightens rare earth exports']]);
    assert.deepEqual(await titles('bleached corals'), [['/news/2025/10/02/reefs/', 'Bleaching slowed on southern reefs']]);
  });

  test('words only in listings, the 404 page or the masthead find nothing', async () => {
    for (const term of ['zooplankton', 'quokka', 'masthead', 'footer']) assert.deepEqual(await titles(term), [], term);
  });

  test('indexing again replaces the bundle with the same bytes', async () => {
    const copy = path.join(tmp, 'again');
    cpSync(site, copy, { recursive: true });
    writeFileSync(path.join(copy, 'pagefind/fragment/stale.pf_fragment'), 'left over from an older build');
    await indexSite(copy);
    assert.deepEqual(snapshot(path.join(copy, 'pagefind')), snapshot(path.join(site, 'pagefind')));
  });
});

describe('indexSite refuses what it cannot index', () => {
  let tmp: string;
  before(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'broadsheet-search-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  test('a missing folder: names it and says to build first', async () => {
    const missing = path.join(tmp, '_site');
    await assert.rejects(indexSite(missing), (error: unknown) => {
      assert.ok(error instanceof SearchError);
      assert.equal(error.message, `Search index of ${missing}: there is no such folder. Build the site first (npm run build) and index the folder it wrote.`);
      return true;
    });
  });

  test('a folder without HTML: names it', async () => {
    const empty = path.join(tmp, 'empty');
    mkdirSync(empty);
    writeFileSync(path.join(empty, 'feed.xml'), '<feed/>');
    await assert.rejects(indexSite(empty), /^SearchError: Search index of .*empty: found no HTML files\. Index the output folder of a finished build/);
  });

  test('a site page at /pagefind/ is not overwritten by the bundle', async () => {
    const clash = path.join(tmp, 'clash');
    writeSite(clash);
    mkdirSync(path.join(clash, 'pagefind'));
    writeFileSync(path.join(clash, 'pagefind/index.html'), story('About our search engine', '<p>Pagefind.</p>'));
    await assert.rejects(indexSite(clash), /the site has its own page at \/pagefind\/, where the search bundle goes/);
    assert.ok(existsSync(path.join(clash, 'pagefind/index.html')));
  });
});
