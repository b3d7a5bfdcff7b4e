/**
 * The story page in Chromium (issue #15): the lead image spans wider than the text column on wide screens and as
 * wide as it on phones; "Copy link" appears where JavaScript runs and copies the story's address; the share links
 * and the author's box are reachable by role and name.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { createFixtureSite, type FixtureSite, post, tinyJpegName } from '../helpers/fixture-site.ts';
import { draw, md5 } from '../unit/images-fixtures.ts';
import { type BrowserSession, browserSuite, buildAndOpen, closeSuite, formatViolation, seriousA11yViolations } from '../helpers/browser.ts';

const settings = {
  title: 'Column Chronicle',
  url: 'https://chronicle.example',
  pathPrefix: '/',
  timeZone: 'Europe/London',
  search: false,
  authors: { badely: { name: 'Bea Adeley', bio: 'Technology correspondent.', avatar: `assets/images/${tinyJpegName}` } },
  images: { widths: [320, 640, 1280] },
};
const storyPath = '/2025/07/09/wide/';

describe('the story page in Chromium', browserSuite(), () => {
  let site: FixtureSite;
  let session: BrowserSession;

  before(async () => {
    site = createFixtureSite(settings);
    // Wide enough that the 1280 px variant exists: which variant the browser picks shows the slot it was told.
    const bytes = await draw.photo(1600, 900);
    const photo = `${md5(bytes)}.jpg`;
    site.write(`assets/images/${photo}`, bytes);
    const body = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} of a story long enough to read like one, with a sentence or two more.`).join('\n\n');
    site.write('posts/2025-07-09-wide.md', post(`title: A story with a wide lead image\ndate: 2025-07-09T11:08:00Z\nauthor: badely\ncategories: [Technology]\nimage: assets/images/${photo}\nimage_alt: A drawn photo`, body));
    session = await buildAndOpen(site, settings.pathPrefix);
  });
  after(() => closeSuite(session, site));

  const open = async (width: number): Promise<Page> => {
    const page = await session.guarded.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.goto(session.server.url(storyPath), { waitUntil: 'load' });
    return page;
  };

  const widthOf = (page: Page, selector: string): Promise<number> => page.locator(selector).first().evaluate((element) => element.getBoundingClientRect().width);

  test('at 1280 px the lead image is wider than the text column and centred on it', async () => {
    const page = await open(1280);
    try {
      const image = await page.locator('.story__image img').boundingBox();
      const body = await page.locator('.story__body').boundingBox();
      assert.ok(image && body);
      assert.ok(image.width > body.width + 100, `image ${image.width} px, column ${body.width} px`);
      const centre = (box: { x: number; width: number }) => box.x + box.width / 2;
      assert.ok(Math.abs(centre(image) - centre(body)) < 2, 'centred on the column');
      // The browser picked a variant for the wider slot, not the column's.
      const chosen = await page.locator('.story__image img').evaluate((img) => (img as HTMLImageElement).currentSrc);
      assert.match(chosen, /-1280\.(avif|webp|jpg)$/);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 1280, 'nothing scrolls sideways');
    } finally {
      await page.close();
    }
  });

  test('at 375 px the lead image is as wide as the column', async () => {
    const page = await open(375);
    try {
      assert.ok(Math.abs((await widthOf(page, '.story__image img')) - (await widthOf(page, '.story__body'))) < 1);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 375, 'nothing scrolls sideways');
    } finally {
      await page.close();
    }
  });

  test('share links and the author’s box are there by role and name; "Copy link" copies the story’s address', async () => {
    await session.guarded.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.server.origin });
    const page = await open(1280);
    try {
      const share = page.getByRole('region', { name: 'Share this story' });
      assert.deepEqual(await share.getByRole('link').allTextContents(), ['Email', 'Mastodon', 'Bluesky', 'LinkedIn', 'X']);
      await share.getByRole('button', { name: 'Copy link' }).click();
      await share.getByRole('status').getByText('Link copied.').waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'https://chronicle.example/2025/07/09/wide/');
      const box = page.getByRole('complementary', { name: 'About the author' });
      await box.getByText('Technology correspondent.').waitFor();
      await box.getByRole('link', { name: 'More from Bea Adeley' }).click();
      assert.equal(page.url(), session.server.url('/author/badely/'));
    } finally {
      await page.close();
    }
  });

  test('without JavaScript there is no "Copy link" button to press, and the links still work', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(session.server.url(storyPath));
      assert.equal(await page.getByRole('button', { name: 'Copy link' }).count(), 0);
      assert.equal(await page.getByRole('region', { name: 'Share this story' }).getByRole('link').count(), 5);
    } finally {
      await context.close();
    }
  });

  for (const width of [375, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe: no serious or critical violations at ${width} px, ${colorScheme}`, async () => {
        const page = await session.guarded.context.newPage();
        try {
          await page.setViewportSize({ width, height: 900 });
          await page.emulateMedia({ colorScheme });
          await page.goto(session.server.url(storyPath), { waitUntil: 'load' });
          assert.deepEqual((await seriousA11yViolations(page)).map(formatViolation), []);
        } finally {
          await page.close();
        }
      });
    }
  }

  test('no request left 127.0.0.1 and no script failed', () => {
    assert.deepEqual(session.guarded.blocked, []);
    assert.deepEqual(session.guarded.scriptErrors, []);
  });
});
