/**
 * The search page in Chromium (issue #15): results drawn as the site's cards from Pagefind's JavaScript API, with
 * the masthead's box as the page's only search box, "Best match" and "Newest first", a live count, and no layout
 * shift. A fixture site whose stories about the harbour differ in date, section, image and how often they say
 * "harbour", so best match and newest first give different orders; a dozen notices about the quay for "More results".
 */
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import type { Page } from 'playwright-core';
import { createFixtureSite, type FixtureSite, post, tinyJpegName } from '../helpers/fixture-site.ts';
import { serializedPageRules } from '../helpers/html-rules.ts';
import { addDrawnPhoto } from '../helpers/photo.ts';
import { type BrowserSession, browserSuite, buildAndOpen, closeSuite, countLayoutShifts, formatViolation, layoutShifts, seriousA11yViolations } from '../helpers/browser.ts';

const settings = {
  title: 'Harbour Herald',
  description: 'News from the waterfront.',
  url: 'https://herald.example',
  timeZone: 'Europe/London',
  language: 'en-GB',
  images: { widths: [320, 640] },
};

interface Story {
  readonly file: string;
  readonly title: string;
  readonly frontMatter: string;
  readonly body: string;
}

/** Stories that say "harbour", oldest first; the oldest says it most. `photo` is a drawn JPEG's name. */
const harbourStories = (photo: string): Story[] => [
  {
    file: '2025-06-01-harbour-master.md',
    title: 'Harbour master retires after forty years',
    frontMatter: `date: 2025-06-01 10:00:00 +01:00\ncategories: [City]\nimage: assets/images/${photo}\nimage_alt: The harbour master on the quayside`,
    body: 'The harbour master, who ran the harbour for forty years, steps down. The harbour will miss him.\n\nHarbour staff gave him a clock.',
  },
  {
    file: '2025-08-15-fish-market.md',
    title: 'Fish market reopens',
    frontMatter: 'date: 2025-08-15 07:30:00 +01:00',
    body: 'Traders returned to the hall at dawn.\n\nBoats unloaded at the harbour before six.',
  },
  {
    file: '2025-09-10-ferry.md',
    title: 'Ferry timetable changes',
    frontMatter: 'date: 2025-09-10 18:45:00 +01:00\ncategories: [Transport]',
    body: 'Ferries will leave the harbour twenty minutes earlier from Monday.',
  },
  {
    file: '2025-10-05-housing.md',
    title: 'Tolls & <b>tariffs</b> rise',
    frontMatter: `date: 2025-10-05 12:08:00 +01:00\ncategories: [City, Business]\nimage: assets/images/${tinyJpegName}\nimage_alt: Toll booths`,
    body: `The council raised tolls on every road into town. ${'The increase is the first in a decade, and drivers who cross daily will pay more each month. '.repeat(3)}\n\nLorries bound for the harbour pay double.`,
  },
  {
    file: '2025-10-20-storm.md',
    title: 'Storm closes the harbour road',
    frontMatter: `date: 2025-10-20 06:15:00 +01:00\ncategories: [Weather]\nimage: assets/images/${photo}\nimage_alt: Waves over the sea wall`,
    body: 'Waves broke over the sea wall overnight.\n\nThe road stays shut until the wind drops.',
  },
];

/** Twelve notices about the quay, one a day in November: more than one page of results. */
const quayNotices: Story[] = Array.from({ length: 12 }, (_, i) => ({
  file: `2025-11-${String(i + 1).padStart(2, '0')}-quay-notice-${i + 1}.md`,
  title: `Quay notice ${i + 1}`,
  frontMatter: `date: 2025-11-${String(i + 1).padStart(2, '0')} 09:00:00 +00:00\ncategories: [Notices]`,
  body: 'Berth allocations on the quay for the coming week.',
}));

/** Best match for "harbour": most mentions first; newest first: by date. */
const byDate = ['Storm closes the harbour road', 'Tolls & <b>tariffs</b> rise', 'Ferry timetable changes', 'Fish market reopens', 'Harbour master retires after forty years'];

describe('the search page in Chromium', browserSuite(), () => {
  let site: FixtureSite;
  let session: BrowserSession;

  before(async () => {
    site = createFixtureSite(settings);
    const photo = await addDrawnPhoto(site);
    for (const story of [...harbourStories(photo), ...quayNotices]) site.write(`posts/${story.file}`, post(`title: ${JSON.stringify(story.title)}\n${story.frontMatter}`, story.body));
    site.write('posts/2025-10-01-library.md', post('title: Library extends its hours\ncategories: [City]', 'The reading room now closes at nine.'));
    session = await buildAndOpen(site);
  });
  after(() => closeSuite(session, site));

  /** A fresh page at a width, opened at a site path; `shifts` installs the layout-shift counter before any script. */
  const open = async (sitePath: string, width = 1280, options: { colorScheme?: 'light' | 'dark'; shifts?: boolean } = {}): Promise<Page> => {
    const page = await session.guarded.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: options.colorScheme ?? 'light' });
    if (options.shifts === true) {
      await countLayoutShifts(page);
    }
    await page.goto(session.server.url(sitePath), { waitUntil: 'load' });
    return page;
  };
  const status = (page: Page) => page.getByRole('status');
  const results = (page: Page) => page.locator('#search .search__result');
  const headlines = (page: Page) => page.locator('#search').getByRole('heading', { level: 2 });
  /** Waits until the live region reports the count: the results are drawn before it is set. */
  const settled = async (page: Page, count: RegExp) => {
    try {
      await page.waitForFunction((pattern) => new RegExp(pattern).test(document.querySelector('[role="status"]')?.textContent ?? ''), count.source, { timeout: 10_000 });
    } catch (error) {
      assert.fail(`the status line never matched ${count}; it says ${JSON.stringify(await status(page).textContent())} (${String(error)})`);
    }
  };

  test('a search from the address fills the masthead box, which is the page’s one search box', async () => {
    const page = await open('/search/?q=harbour');
    try {
      await settled(page, /5 results for “harbour”/);
      assert.equal(await page.getByRole('searchbox').count(), 1);
      assert.equal(await page.locator('input[type="search"], input[type="text"], input:not([type])').count(), 1);
      const box = page.getByRole('search').getByRole('searchbox', { name: 'Search stories' });
      assert.equal(await box.inputValue(), 'harbour');
      assert.equal(await page.title(), 'harbour – Search | Harbour Herald');
    } finally {
      await page.close();
    }
  });

  test('best match comes first by default: the story that says “harbour” most, though it is the oldest', async () => {
    const page = await open('/search/?q=harbour');
    try {
      await settled(page, /5 results/);
      assert.equal(await headlines(page).first().textContent(), 'Harbour master retires after forty years');
      assert.ok(await page.getByRole('radio', { name: 'Best match' }).isChecked());
      assert.notDeepEqual(await headlines(page).allTextContents(), byDate);
    } finally {
      await page.close();
    }
  });

  test('each result is a listing card: section, headline in the site’s face linked to the story, dek, dated with its zone, thumbnail', async () => {
    const page = await open('/search/?q=harbour');
    try {
      await settled(page, /5 results/);
      const first = results(page).first();
      assert.equal(await first.locator('.search__section').textContent(), 'City');
      const link = first.getByRole('heading', { level: 2 }).getByRole('link');
      assert.equal(await link.getAttribute('href'), '/2025/06/01/harbour-master/');
      assert.equal(await first.locator('.card__excerpt').textContent(), 'The harbour master, who ran the harbour for forty years, steps down. The harbour will miss him.');
      const time = first.locator('time');
      assert.deepEqual([await time.textContent(), await time.getAttribute('datetime')], ['1 June 2025, 10:00 BST', '2025-06-01T10:00:00+01:00']);
      const image = first.getByRole('img', { name: 'The harbour master on the quayside' });
      assert.match((await image.getAttribute('src')) ?? '', /^\/assets\/images\/[0-9a-f]{32}-320\.jpg$/);
      assert.deepEqual([await image.getAttribute('width'), await image.getAttribute('height')], ['320', '183']);
      assert.match((await first.locator('source').getAttribute('srcset')) ?? '', /^\/assets\/images\/[0-9a-f]{32}-320\.webp$/);

      // The headline's face is the one every listing's card uses.
      const face = await link.evaluate((element) => getComputedStyle(element.closest('h2') ?? element).fontFamily);
      const front = await open('/');
      try {
        assert.equal(face, await front.locator('.card__headline').first().evaluate((element) => getComputedStyle(element).fontFamily));
        assert.match(face, /Georgia|serif/);
      } finally {
        await front.close();
      }
    } finally {
      await page.close();
    }
  });

  test('a story without an image or a section is a card without them, and thumbnails all have one box', async () => {
    const page = await open('/search/?q=harbour', 375);
    try {
      await settled(page, /5 results/);
      const market = results(page).filter({ hasText: 'Fish market reopens' });
      assert.deepEqual([await market.locator('img').count(), await market.locator('.search__section').count()], [0, 0]);
      assert.equal(await market.locator('.card__excerpt').textContent(), 'Traders returned to the hall at dawn.');
      // "harbour" is only further down its body: the sentence that says it is shown, the word marked.
      assert.equal(await market.locator('.search__match').textContent(), 'Boats unloaded at the harbour before six.');
      assert.deepEqual(await market.locator('.search__match mark').allTextContents(), ['harbour']);
      // Where the headline or dek shows every word found, no such line.
      assert.equal(await results(page).filter({ hasText: 'Harbour master retires' }).locator('.search__match').count(), 0);
      const boxes = await page.locator('#search .search__thumb img').evaluateAll((images) => images.map((image) => `${image.getBoundingClientRect().width}x${image.getBoundingClientRect().height}`));
      assert.equal(boxes.length, 3);
      assert.equal(new Set(boxes).size, 1, boxes.join(', '));
    } finally {
      await page.close();
    }
  });

  test('what a record holds is shown as text: a headline written with markup shows its angle brackets', async () => {
    const page = await open('/search/?q=tolls');
    try {
      await settled(page, /1 result for “tolls”/);
      assert.equal(await headlines(page).first().textContent(), 'Tolls & <b>tariffs</b> rise');
      assert.equal(await page.locator('#search b').count(), 0);
      const dek = (await results(page).first().locator('.card__excerpt').textContent()) ?? '';
      assert.ok(dek.length <= 201 && dek.endsWith('…'), `a long excerpt is cut short: ${dek}`);
    } finally {
      await page.close();
    }
  });

  test('“Newest first” orders by date, is announced, and is kept in ?sort=; reopening the address keeps it', async () => {
    const page = await open('/search/?q=harbour');
    try {
      await settled(page, /5 results for “harbour”$/);
      await page.getByRole('radio', { name: 'Newest first' }).check();
      await settled(page, /5 results for “harbour”, newest first/);
      assert.deepEqual(await headlines(page).allTextContents(), byDate);
      assert.equal(new URL(page.url()).search, '?q=harbour&sort=date');

      await page.reload();
      await settled(page, /newest first/);
      assert.ok(await page.getByRole('radio', { name: 'Newest first' }).isChecked());
      assert.deepEqual(await headlines(page).allTextContents(), byDate);

      await page.getByRole('radio', { name: 'Best match' }).check();
      await settled(page, /5 results for “harbour”$/);
      assert.equal(new URL(page.url()).search, '?q=harbour');
    } finally {
      await page.close();
    }
  });

  test('results follow the reader’s typing in the masthead box, without leaving the page, and ?q= follows them', async () => {
    const page = await open('/search/');
    try {
      await page.evaluate('window.__samePage = true');
      const box = page.getByRole('searchbox', { name: 'Search stories' });
      await box.pressSequentially('storm', { delay: 40 });
      await settled(page, /1 result for “storm”/);
      assert.deepEqual(await headlines(page).allTextContents(), ['Storm closes the harbour road']);
      assert.equal(new URL(page.url()).search, '?q=storm');
      await box.press('Enter');
      await settled(page, /1 result for “storm”/);
      assert.equal(await page.evaluate('window.__samePage'), true, 'neither typing nor Enter reloaded the page');

      await box.fill('');
      await settled(page, /Type in the search box above/);
      assert.equal(await results(page).count(), 0);
      assert.equal(new URL(page.url()).search, '');
    } finally {
      await page.close();
    }
  });

  test('opened without a query, the page says what to do and puts the cursor in the box', async () => {
    const page = await open('/search/');
    try {
      await settled(page, /Type in the search box above: results appear as you type/);
      assert.equal(await page.evaluate('document.activeElement?.id'), 'masthead-search');
      assert.equal(await results(page).count(), 0);
    } finally {
      await page.close();
    }
  });

  test('a search that finds nothing says “No results” and what to try next', async () => {
    const page = await open('/search/?q=zeppelin');
    try {
      await settled(page, /No results for “zeppelin”/);
      assert.equal(await results(page).count(), 0);
      await page.getByText(/Check the spelling/).waitFor();
      assert.equal(await page.getByRole('button', { name: 'More results' }).isVisible(), false);
    } finally {
      await page.close();
    }
  });

  test('ten results at a time: “More results” adds the rest and moves focus to the first one added', async () => {
    const page = await open('/search/?q=quay&sort=date');
    try {
      await settled(page, /12 results for “quay”, newest first/);
      assert.equal(await results(page).count(), 10);
      await page.getByRole('button', { name: 'More results' }).click();
      await page.waitForFunction(() => document.querySelectorAll('#search .search__result').length === 12);
      assert.equal(await page.evaluate('document.activeElement?.textContent'), 'Quay notice 2');
      assert.equal(await page.getByRole('button', { name: 'More results' }).isVisible(), false);
    } finally {
      await page.close();
    }
  });

  for (const width of [375, 1280]) {
    test(`searching via ?q= at ${width} px shifts the layout by under 0.1 (cumulative, without input)`, async (t) => {
      const page = await open('/search/?q=harbour', width, { shifts: true });
      try {
        await settled(page, /5 results/);
        await page.waitForLoadState('networkidle');
        // Every thumbnail on screen has loaded, so a box that changed size with its image would have shifted.
        await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('#search img')].every((image) => image.complete));
        await page.waitForTimeout(300);
        const shifts = await layoutShifts(page);
        const total = shifts.reduce((sum, value) => sum + value, 0);
        t.diagnostic(`layout shift at ${width} px: ${total.toFixed(4)} over ${shifts.length} shifts`);
        assert.ok(total < 0.1, `cumulative layout shift ${total}`);
      } finally {
        await page.close();
      }
    });
  }

  for (const width of [375, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`with results on screen at ${width} px, ${colorScheme}: no serious or critical axe violations`, async () => {
        const page = await open('/search/?q=harbour', width, { colorScheme });
        try {
          await settled(page, /5 results/);
          assert.deepEqual((await seriousA11yViolations(page)).map(formatViolation), []);
        } finally {
          await page.close();
        }
      });
    }
  }

  test('the page as the script leaves it, results and “no results” alike, is valid HTML', async () => {
    const validator = new HtmlValidate(serializedPageRules);
    for (const [query, count] of [['harbour', /5 results/], ['quay', /12 results/], ['zeppelin', /No results/]] as const) {
      const page = await open(`/search/?q=${query}`);
      try {
        await settled(page, count);
        const report = await validator.validateString(`<!doctype html>\n${await page.evaluate('document.documentElement.outerHTML')}`, `search-${query}.html`);
        const messages = report.results.flatMap((result) => result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.message}`));
        assert.deepEqual(messages, [], query);
      } finally {
        await page.close();
      }
    }
  });

  test('Pagefind’s default UI is not loaded, nor its filter indexes; the search library comes from the site', async () => {
    const page = await session.guarded.context.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    try {
      await page.goto(session.server.url('/search/?q=harbour'));
      await settled(page, /5 results/);
      assert.ok(fetched.includes('/pagefind/pagefind.js'), fetched.join('\n'));
      assert.deepEqual(fetched.filter((p) => /pagefind-(component-|modular-)?ui/.test(p)), []);
      // The result details kept as filters are returned with each result; their filter indexes are never fetched.
      assert.deepEqual(fetched.filter((p) => p.startsWith('/pagefind/filter/')), []);
      assert.ok(statSync(`${site.out}/pagefind/pagefind.js`).isFile());
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
