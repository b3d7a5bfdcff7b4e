/**
 * Pagefind's search UI under a path prefix, in Chromium (issue #6): the answer written in src/search/pagefind.ts's
 * header, checked. An index built from story records (URLs without the prefix) and served under /news/ must load
 * its files from /news/pagefind/ and link results under /news/, with the UI's defaults and with the options the
 * site passes from `pagefindAssets`.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { indexRecords, pagefindAssets } from '../../src/search/pagefind.ts';
import type { SearchRecord } from '../../src/search/records.ts';
import { browserSuite, type GuardedContext, guardedContext, launchBrowser, serveFolder, type StaticServer } from '../helpers/browser.ts';

const prefix = '/news/';
const assets = pagefindAssets(prefix);

/** What the index holds: each story as `searchRecord` makes it, its URL without the prefix. */
const records: readonly SearchRecord[] = [
  { url: '/2025/10/01/rare-earths/', content: 'China tightens rare earth exports. Beijing adds licences for gallium and germanium.', language: 'en', meta: { title: 'China tightens rare earth exports' } },
  { url: '/2025/10/02/reefs/', content: 'Bleaching slowed on southern reefs. Divers counted fewer bleached corals.', language: 'en', meta: { title: 'Bleaching slowed on southern reefs' } },
];

/** A story's page, for a clicked result to land on; the index is not made from it. */
const story = (title: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body><article><h1>${title}</h1></article></body></html>`;

/** A search page loading the UI the way a layout would: a classic script from the prefixed bundle. */
const searchPage = (uiOptions: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Search</title>` +
  `<link rel="stylesheet" href="${assets.stylesheet}"><script src="${assets.script}"></script></head>` +
  `<body><main><h1>Search</h1><div id="search"></div></main>` +
  `<script>window.addEventListener('DOMContentLoaded', () => new PagefindUI({ element: '#search', ${uiOptions} }));</script></body></html>`;

const files: Record<string, string> = {
  '2025/10/01/rare-earths/index.html': story('China tightens rare earth exports'),
  '2025/10/02/reefs/index.html': story('Bleaching slowed on southern reefs'),
  'search/index.html': searchPage(''),
  'search/explicit/index.html': searchPage(`bundlePath: ${JSON.stringify(assets.bundlePath)}, baseUrl: ${JSON.stringify(assets.baseUrl)}`),
};

describe('Pagefind search under a path prefix, in Chromium', browserSuite(), () => {
  let tmp: string;
  let server: StaticServer;
  let browser: Browser;
  let guarded: GuardedContext;

  before(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), 'broadsheet-search-ui-'));
    for (const [file, html] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(tmp, file)), { recursive: true });
      writeFileSync(path.join(tmp, file), html);
    }
    const result = await indexRecords(tmp, records, { pathPrefix: prefix });
    assert.equal(result.pages, 2);
    server = await serveFolder(tmp, prefix);
    browser = await launchBrowser();
    guarded = await guardedContext(browser, server.origin);
  });
  after(async () => {
    await guarded?.context.close();
    await browser?.close();
    await server?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  for (const [name, sitePath] of [
    ['with the UI’s defaults', '/search/'],
    ['with bundlePath and baseUrl from pagefindAssets', '/search/explicit/'],
  ] as const) {
    test(`${name}: the bundle loads from /news/pagefind/ and results link under /news/`, async () => {
      const page = await guarded.context.newPage();
      const fetched: string[] = [];
      page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
      try {
        await page.goto(server.url(sitePath));
        await page.getByRole('textbox').fill('germanium');
        const result = page.getByRole('link', { name: 'China tightens rare earth exports' });
        await result.waitFor();
        assert.equal(await result.getAttribute('href'), '/news/2025/10/01/rare-earths/');
        assert.equal(await page.getByRole('link', { name: 'Bleaching slowed on southern reefs' }).count(), 0);
        assert.ok(fetched.includes('/news/pagefind/pagefind.js'), fetched.join('\n'));
        assert.deepEqual(fetched.filter((p) => p.includes('/pagefind/') && !p.startsWith('/news/pagefind/')), []);

        await result.click();
        await page.getByRole('heading', { level: 1, name: 'China tightens rare earth exports' }).waitFor();
      } finally {
        await page.close();
      }
    });
  }

  test('no request left 127.0.0.1 and no script failed', () => {
    assert.deepEqual(guarded.blocked, []);
    assert.deepEqual(guarded.scriptErrors, []);
  });
});
