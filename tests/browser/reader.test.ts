/**
 * The reader's site in a real browser (issue #6): a fixture site built once under the path prefix /news/, served
 * over loopback, opened in Debian's Chromium. Checks accessibility with axe-core in light and dark at a phone and
 * a desktop width, walks a reader's journey by roles and accessible names (not CSS classes), takes screenshots for
 * people to look at, and proves that no request left the machine.
 */
import assert from 'node:assert/strict';
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { createFixtureSite, type FixtureSite, post, tinyJpegName } from '../helpers/fixture-site.ts';
import { addDrawnPhoto } from '../helpers/photo.ts';
import { type BrowserSession, browserSuite, buildAndOpen, closeSuite, formatViolation, screenshotsDir, seriousA11yViolations } from '../helpers/browser.ts';

const settings = {
  title: 'Fixture Times',
  description: 'Reporting on fixtures.',
  url: 'https://fixture.example',
  pathPrefix: '/news/', // every link must carry it, or the journey below lands on a 404
  timeZone: 'UTC',
  pageSize: 2,
  frontPage: { latest: 3, sections: 2, perSection: 2 },
  authors: {
    badely: { name: 'Bea Adeley', bio: 'Technology correspondent.', avatar: `assets/images/${tinyJpegName}`, links: [{ label: 'Website', url: 'https://bea.example' }] },
    lchen: { name: 'Lin Chen', bio: 'Science and technology.' },
  },
  // Two widths keep the encoding short; the other image settings keep their defaults.
  images: { widths: [320, 640] },
};

/** A word that appears in one story's body and nowhere else on the site: search must find that story. */
const searchWord = 'photolithography';

/** A story body with the markup stories carry: heading, image, list, quote, link. */
const body = (photo: string): string =>
  [
    'Chipmakers are racing to build accelerators for machine learning.',
    `Their newest plants rely on ${searchWord}, which only a few suppliers master.`,
    '## Why it matters',
    `![A wafer under inspection light](/assets/images/${photo})`,
    '- Demand is outstripping supply.\n- Prices are rising.',
    '> "We cannot make them fast enough," one executive said.',
    'Read more in [our coverage of open models](/2025/10/04/open-models/).',
  ].join('\n\n');

/** Five Technology stories (three pages at pageSize 2), two other sections, two years, two authors, tags. */
const stories = (photo: string): Array<[file: string, frontMatter: string, body?: string]> => [
  ['2025-10-05-chip-race.md', `title: Chipmakers race to build AI accelerators\nauthor: badely\ncategories: [Technology]\ntags: [AI, chips]\nfeatured: true\nimage: assets/images/${photo}\nimage_alt: Sunrise over a chip plant\nimage_caption: A fabrication plant at dawn`, body(photo)],
  ['2025-10-04-open-models.md', 'title: Open models close the gap\nauthor: badely\ncategories: [Technology]\ntags: [AI]'],
  ['2025-10-03-laundry-robots.md', `title: Robots learn to fold laundry\nauthor: lchen\ncategories: [Technology, Science]\ntags: [robots, AI]\nimage: assets/images/${tinyJpegName}\nimage_alt: A robot arm lifts a towel`],
  ['2025-10-02-reefs.md', 'title: Bleaching slowed on southern reefs\nauthor: lchen\ncategories: [Science]\ntags: [oceans]'],
  ['2025-10-01-rates.md', 'title: Central bank holds rates\nauthor: badely\ncategories: [Business]\ntags: [markets]'],
  ['2025-09-20-batteries.md', 'title: Batteries get cheaper again\nauthor: lchen\ncategories: [Technology]\ntags: [energy]'],
  ['2024-12-30-gadgets.md', 'title: The year in gadgets\nauthor: badely\ncategories: [Technology]\ntags: [gadgets]'],
  ['2024-11-15-retail.md', 'title: Retailers brace for the holidays\ncategories: [Business]\ntags: [markets, retail]'],
];

const leadStory = { title: 'Chipmakers race to build AI accelerators', path: '/2025/10/05/chip-race/' };

/** One page of each kind the reader meets. */
const pages: Array<[name: string, sitePath: string]> = [
  ['home', '/'],
  ['story', leadStory.path],
  ['category', '/category/technology/'],
  ['tag', '/tag/ai/'],
  ['author', '/author/badely/'],
  ['year archive', '/2025/'],
  ['search', `/search/?q=${searchWord}`],
  ['404', '/no-such-story/'],
  ['about', '/about/'],
];

/** Every other kind of page, for the screenshots (issue #15): with those above, every page type the site makes. */
const morePages: Array<[name: string, sitePath: string]> = [
  ['front page 2', '/page/2/'],
  ['month archive', '/2025/10/'],
  ['sections', '/categories/'],
  ['tags', '/tags/'],
  ['authors', '/authors/'],
];
const widths = [375, 1280] as const;
const schemes = ['light', 'dark'] as const;

describe('the reader’s site in Chromium', browserSuite(), () => {
  let site: FixtureSite;
  let session: BrowserSession;

  before(async () => {
    site = createFixtureSite(settings);
    // A drawn photo rather than the 2x2 fixture JPEG, so screenshots show a page as readers see it.
    const photoName = await addDrawnPhoto(site);
    for (const [file, frontMatter, text] of stories(photoName)) site.write(`posts/${file}`, post(frontMatter, text));
    site.write('pages/about.md', '---\nlayout: page\ntitle: About us\n---\nFixture Times reports on fixtures, and only on fixtures.\n');
    session = await buildAndOpen(site, settings.pathPrefix);
  });
  after(() => closeSuite(session, site));

  /** A fresh page at a width and colour scheme, opened at a site path. */
  const open = async (sitePath: string, width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; status: number }> => {
    const page = await session.guarded.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme });
    const response = await page.goto(session.server.url(sitePath), { waitUntil: 'load' });
    return { page, status: response?.status() ?? 0 };
  };

  describe('accessibility (axe-core, serious and critical)', () => {
    for (const [name, sitePath] of pages) {
      for (const width of widths) {
        for (const scheme of schemes) {
          test(`${name} (${sitePath}) at ${width}px, ${scheme}: no serious or critical violations`, async () => {
            const { page, status } = await open(sitePath, width, scheme);
            try {
              assert.equal(status, name === '404' ? 404 : 200, `status of ${sitePath}`);
              // The search page is checked with its results on screen, as readers meet it.
              if (name === 'search') await page.locator('#search').getByRole('link').first().waitFor();
              const violations = await seriousA11yViolations(page);
              assert.deepEqual(violations.map(formatViolation), []);
            } finally {
              await page.close();
            }
          });
        }
      }
    }
  });

  test('a reader goes from the lead story to its section, page 2, a tag, an author and back', async () => {
    const { page } = await open('/', 1280);
    try {
      await page.getByRole('region', { name: 'Lead story' }).getByRole('link', { name: leadStory.title }).click();
      assert.equal(page.url(), session.server.url(leadStory.path));
      await page.getByRole('heading', { level: 1, name: leadStory.title }).waitFor();

      await page.getByRole('main').getByRole('link', { name: 'Technology', exact: true }).first().click();
      assert.equal(page.url(), session.server.url('/category/technology/'));
      await page.getByRole('heading', { level: 1, name: 'Technology' }).waitFor();

      await page.getByRole('navigation', { name: 'Technology pages' }).getByRole('link', { name: 'Page 2', exact: true }).click();
      assert.equal(page.url(), session.server.url('/category/technology/page/2/'));
      assert.match((await page.getByRole('heading', { level: 1 }).textContent()) ?? '', /Technology.*page 2 of 3/);

      await page.getByRole('link', { name: 'Robots learn to fold laundry' }).click();
      assert.equal(page.url(), session.server.url('/2025/10/03/laundry-robots/'));

      await page.getByRole('link', { name: 'robots', exact: true }).click();
      assert.equal(page.url(), session.server.url('/tag/robots/'));
      await page.getByRole('heading', { level: 1, name: 'robots' }).waitFor();
      await page.goBack();
      assert.equal(page.url(), session.server.url('/2025/10/03/laundry-robots/'));

      await page.getByRole('link', { name: 'Lin Chen' }).first().click();
      assert.equal(page.url(), session.server.url('/author/lchen/'));
      await page.getByRole('heading', { level: 1, name: 'Lin Chen' }).waitFor();
      await page.goBack();
      assert.equal(page.url(), session.server.url('/2025/10/03/laundry-robots/'));
      await page.getByRole('heading', { level: 1, name: 'Robots learn to fold laundry' }).waitFor();
    } finally {
      await page.close();
    }
  });

  test('a reader searches from the masthead for a word only one story’s body holds, and opens that story', async () => {
    const { page } = await open('/', 375);
    try {
      const form = page.getByRole('search');
      await form.getByRole('searchbox').fill(searchWord);
      await form.getByRole('button', { name: /search/i }).click();
      await page.waitForURL(session.server.url(`/search/?q=${searchWord}`));
      await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
      const results = page.locator('#search').getByRole('link');
      await results.first().waitFor();
      assert.deepEqual(await results.allTextContents(), [leadStory.title]);
      await results.first().click();
      assert.equal(page.url(), session.server.url(leadStory.path));
      await page.getByRole('heading', { level: 1, name: leadStory.title }).waitFor();
    } finally {
      await page.close();
    }
  });

  test('search finds nothing for a word that appears only in listings and the masthead, and says so', async () => {
    const { page } = await open('/search/?q=Fixture', 1280);
    try {
      await page.locator('#search').getByText(/no results/i).waitFor();
      // No result in the list; the hint below it links to the sections.
      assert.equal(await page.locator('#search').getByRole('list').getByRole('link').count(), 0);
    } finally {
      await page.close();
    }
  });

  test('screenshots of every page type, full page, at 375 and 1280 px, light and dark', async () => {
    mkdirSync(screenshotsDir, { recursive: true });
    for (const [name, sitePath] of [...pages, ...morePages]) {
      for (const width of widths) {
        for (const scheme of schemes) {
          const { page } = await open(sitePath, width, scheme);
          try {
            if (name === 'search') await page.locator('#search').getByRole('link').first().waitFor();
            // A full-page shot does not scroll, so lazy images below the fold would show as their placeholders.
            await page.evaluate(() => document.querySelectorAll('img[loading="lazy"]').forEach((img) => ((img as HTMLImageElement).loading = 'eager')));
            await page.waitForLoadState('networkidle');
            const file = path.join(screenshotsDir, `${name.replace(/ /g, '-')}-${width}-${scheme}.png`);
            await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
            assert.ok(statSync(file).size > 1000, `${file} is an image`);
          } finally {
            await page.close();
          }
        }
      }
    }
  });

  test('a story page transfers under 150 KB without its image at 375 px (HTML, CSS, JS, fonts), figures reported', async (t) => {
    const page = await session.guarded.context.newPage();
    const loaded: Array<{ url: string; type: string; bytes: number; gzip: number }> = [];
    page.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      loaded.push({ url: response.url(), type: response.request().resourceType(), bytes: body.length, gzip: gzipSync(body).length });
    });
    try {
      await page.setViewportSize({ width: 375, height: 900 });
      await page.goto(session.server.url(leadStory.path), { waitUntil: 'networkidle' });
      // Scrolled to the end, so lazy images below the fold count too, as a reader who reads it all fetches them.
      await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
      await page.waitForLoadState('networkidle');
      const sum = (list: typeof loaded, key: 'bytes' | 'gzip') => list.reduce((total, entry) => total + entry[key], 0);
      const images = loaded.filter((entry) => entry.type === 'image');
      const rest = loaded.filter((entry) => entry.type !== 'image');
      const leadImage = images.find((entry) => /-\d+\.(avif|webp|jpg)$/.test(entry.url));
      const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
      for (const entry of loaded) t.diagnostic(`${entry.type.padEnd(10)} ${kb(entry.bytes).padStart(9)} (${kb(entry.gzip)} gzip)  ${entry.url.replace(session.server.origin, '')}`);
      t.diagnostic(`without images: ${kb(sum(rest, 'bytes'))} (${kb(sum(rest, 'gzip'))} gzip); lead image at 375 px: ${leadImage ? `${kb(leadImage.bytes)} ${leadImage.url.replace(/.*\//, '')}` : 'none'}`);
      assert.ok(leadImage, 'the lead image was fetched as a pipeline variant');
      assert.match(leadImage.url, /-(320|640)\.webp$/, 'a 375 px screen gets a phone-sized WebP');
      assert.ok(sum(rest, 'bytes') < 150 * 1024, `story page without images: ${kb(sum(rest, 'bytes'))}`);
      assert.ok(rest.every((entry) => entry.type !== 'font'), 'no web fonts');
    } finally {
      await page.close();
    }
  });

  // Runs last: every page above went through the same guarded context.
  test('no request left 127.0.0.1 and no script failed, on any page opened above', () => {
    assert.deepEqual(session.guarded.blocked, []);
    assert.deepEqual(session.guarded.scriptErrors, []);
  });
});
