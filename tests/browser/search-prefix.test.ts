/**
 * Search under a path prefix, in Chromium (issues #6, #15): the answer written in src/search/pagefind.ts's header,
 * checked. The index is built from story records whose URLs and thumbnails carry no prefix; on a site served under
 * /news/, the search page must load Pagefind from /news/pagefind/ and nothing from /pagefind/, and link each result
 * and its thumbnail under /news/.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createFixtureSite, type FixtureSite, post, tinyJpegName } from '../helpers/fixture-site.ts';
import { type BrowserSession, browserSuite, openInBrowser } from '../helpers/browser.ts';

const prefix = '/news/';

const stories: Array<[file: string, frontMatter: string, body: string]> = [
  ['2025-10-01-rare-earths.md', `title: China tightens rare earth exports\ncategories: [World]\nimage: assets/images/${tinyJpegName}\nimage_alt: A mine`, 'Beijing adds licences for gallium and germanium.'],
  ['2025-10-02-reefs.md', 'title: Bleaching slowed on southern reefs\ncategories: [Science]', 'Divers counted fewer bleached corals.'],
];

describe('search under a path prefix, in Chromium', browserSuite(), () => {
  let site: FixtureSite;
  let session: BrowserSession;

  before(async () => {
    site = createFixtureSite({ title: 'Prefix Post', url: 'https://prefix.example', pathPrefix: prefix, timeZone: 'UTC', images: { widths: [320] } });
    for (const [file, frontMatter, body] of stories) site.write(`posts/${file}`, post(frontMatter, body));
    const result = site.build();
    assert.equal(result.status, 0, result.stderr);
    session = await openInBrowser(site.out, prefix);
  });
  after(async () => {
    await session?.close();
    site?.dispose();
  });

  test('the bundle loads from /news/pagefind/, and the result and its thumbnail are under /news/', async () => {
    const page = await session.guarded.context.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    try {
      await page.goto(session.server.url('/search/?q=germanium'));
      const result = page.locator('#search').getByRole('link', { name: 'China tightens rare earth exports' });
      await result.waitFor();
      assert.equal(await result.getAttribute('href'), '/news/2025/10/01/rare-earths/');
      assert.equal(await page.locator('#search').getByRole('link').count(), 1);
      assert.match((await page.locator('#search').getByRole('img', { name: 'A mine' }).getAttribute('src')) ?? '', /^\/news\/assets\/images\/[0-9a-f]{32}-\d+\.jpg$/);
      assert.ok(fetched.includes('/news/pagefind/pagefind.js'), fetched.join('\n'));
      assert.deepEqual(fetched.filter((p) => p.includes('/pagefind/') && !p.startsWith('/news/pagefind/')), []);

      await result.click();
      await page.getByRole('heading', { level: 1, name: 'China tightens rare earth exports' }).waitFor();
      assert.equal(page.url(), session.server.url('/2025/10/01/rare-earths/'));
    } finally {
      await page.close();
    }
  });

  test('the masthead form of any page sends the query to /news/search/, which keeps it under the prefix', async () => {
    const page = await session.guarded.context.newPage();
    try {
      await page.goto(session.server.url('/'));
      await page.getByRole('search').getByRole('searchbox').fill('corals');
      await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
      await page.waitForURL(session.server.url('/search/?q=corals'));
      await page.locator('#search').getByRole('link', { name: 'Bleaching slowed on southern reefs' }).waitFor();
      await page.getByRole('search').getByRole('searchbox').fill('corals reefs');
      await page.waitForURL(session.server.url('/search/?q=corals+reefs'));
    } finally {
      await page.close();
    }
  });

  test('no request left 127.0.0.1 and no script failed', () => {
    assert.deepEqual(session.guarded.blocked, []);
    assert.deepEqual(session.guarded.scriptErrors, []);
  });
});
