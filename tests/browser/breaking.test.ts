/**
 * Breaking news in Chromium (issue #15): the strip above the front page and the line under every other masthead,
 * found by role and name as a screen reader finds them, axe-clean at 375 and 1280 px in both colour schemes, with no
 * layout shift, no sideways scrolling and, on wide screens, the strip's stories side by side and as wide as each
 * other. Screenshots of both go to tests/screenshots/ (breaking-*.png).
 */
import assert from 'node:assert/strict';
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { createFixtureSite, type FixtureSite, post } from '../helpers/fixture-site.ts';
import { addDrawnPhoto } from '../helpers/photo.ts';
import { type BrowserSession, browserSuite, buildAndOpen, closeSuite, countLayoutShifts, formatViolation, layoutShifts, screenshotsDir, seriousA11yViolations } from '../helpers/browser.ts';

const settings = {
  title: 'Harbour Herald',
  description: 'News from the waterfront.',
  url: 'https://herald.example',
  timeZone: 'Europe/London',
  frontPage: { latest: 3, sections: 2, perSection: 3 },
};

/** Three stories breaking at the fixtures' BUILD_TIME (2026-01-01T00:00Z), and older news around them. */
const stories = (photo: string): Array<[file: string, frontMatter: string]> => [
  ['2025-12-31-storm.md', 'title: "Breaking: Storm closes the port as ferries are cancelled until Tuesday"\ndate: 2025-12-31T22:40:00Z\ncategories: [Harbour]\ndescription: The harbour master shut the port at dusk after gusts of 90 mph; freight is being turned away.'],
  ['2025-12-31-flood.md', `title: Flood warning for the lower valley\nbreaking: true\ndate: 2025-12-31T21:10:00Z\ncategories: [Weather]\nimage: assets/images/${photo}\nimage_alt: The river at dusk`],
  ['2025-12-31-power.md', 'title: "BREAKING NEWS: Power cut across the old town"\ndate: 2025-12-31T20:05:00Z\ncategories: [City]'],
  ['2025-12-30-budget.md', `title: Council passes its budget\ndate: 2025-12-30T09:00:00Z\ncategories: [City]\nimage: assets/images/${photo}\nimage_alt: The council chamber`],
  ['2025-12-29-quay.md', 'title: The quay reopens after repairs\ndate: 2025-12-29T09:00:00Z\ncategories: [Harbour]'],
  ['2025-12-28-fish.md', 'title: Fish prices fall at the market\ndate: 2025-12-28T09:00:00Z\ncategories: [Harbour]'],
];

const widths = [375, 1280] as const;
const schemes = ['light', 'dark'] as const;

describe('breaking news in Chromium', browserSuite(), () => {
  let site: FixtureSite;
  let session: BrowserSession;

  before(async () => {
    site = createFixtureSite(settings);
    const photo = await addDrawnPhoto(site);
    for (const [file, frontMatter] of stories(photo)) site.write(`posts/${file}`, post(frontMatter));
    session = await buildAndOpen(site);
  });
  after(() => closeSuite(session, site));

  /** A fresh page at a width and scheme, with Chromium's layout-shift counter installed before anything is drawn. */
  const open = async (sitePath: string, width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> => {
    const page = await session.guarded.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme });
    await countLayoutShifts(page);
    const response = await page.goto(session.server.url(sitePath), { waitUntil: 'load' });
    assert.equal(response?.status(), sitePath === '/no-such-page/' ? 404 : 200, `status of ${sitePath}`);
    return page;
  };
  const shift = async (page: Page): Promise<number> => {
    await page.waitForTimeout(300);
    return (await layoutShifts(page)).reduce((sum, value) => sum + value, 0);
  };

  test('the front page: a region "Breaking news" above the lead, its stories newest first, each labelled once', async () => {
    const page = await open('/', 1280);
    try {
      const region = page.getByRole('region', { name: 'Breaking news' });
      assert.equal(await region.count(), 1);
      assert.deepEqual(await region.getByRole('heading', { level: 3 }).allInnerTexts(), [
        'Storm closes the port as ferries are cancelled until Tuesday',
        'Flood warning for the lower valley',
        'Power cut across the old town',
      ]);
      const regionBox = await region.boundingBox();
      const leadBox = await page.getByRole('region', { name: 'Lead story' }).boundingBox();
      assert.ok(regionBox && leadBox && regionBox.y + regionBox.height <= leadBox.y, 'above the lead');
      assert.ok(regionBox.y < 900, 'on the first screen');
      assert.equal(await page.locator('header .breaking-line').count(), 0, 'no masthead line on the page with the strip');
    } finally {
      await page.close();
    }
  });

  test('on wide screens the strip’s stories stand side by side, as wide as each other; on phones, one under another', async () => {
    for (const width of widths) {
      const page = await open('/', width);
      try {
        const boxes = await page.locator('.breaking__item').evaluateAll((items) => items.map((item) => item.getBoundingClientRect().toJSON() as { x: number; y: number; width: number }));
        assert.equal(boxes.length, 3);
        const [first, second, third] = boxes as [(typeof boxes)[number], (typeof boxes)[number], (typeof boxes)[number]];
        if (width === 1280) {
          assert.ok(first.y === second.y && second.y === third.y, `one row: ${JSON.stringify(boxes)}`);
          assert.ok(Math.abs(first.width - second.width) < 1 && Math.abs(second.width - third.width) < 1, `equal widths: ${JSON.stringify(boxes)}`);
        } else {
          assert.ok(first.y < second.y && second.y < third.y && first.x === second.x, `stacked: ${JSON.stringify(boxes)}`);
        }
        const scrolls = await page.evaluate('document.documentElement.scrollWidth > document.documentElement.clientWidth');
        assert.equal(scrolls, false, `no sideways scrolling at ${width}px`);
      } finally {
        await page.close();
      }
    }
  });

  test('every other page: a region "Breaking news" in the banner with the newest story and a link to the rest', async () => {
    for (const sitePath of ['/2025/12/30/budget/', '/category/harbour/', '/no-such-page/']) {
      const page = await open(sitePath, 375);
      try {
        const region = page.getByRole('banner').getByRole('region', { name: 'Breaking news' });
        assert.equal(await region.count(), 1, sitePath);
        assert.equal(await region.getByRole('link', { name: 'Storm closes the port as ferries are cancelled until Tuesday' }).count(), 1, sitePath);
        await region.getByRole('link', { name: '2 more breaking stories' }).click();
        await page.waitForURL(/\/#breaking$/);
        assert.equal(await page.getByRole('region', { name: 'Breaking news' }).isVisible(), true);
      } finally {
        await page.close();
      }
    }
  });

  describe('accessibility and layout shift', () => {
    for (const [name, sitePath] of [['front page', '/'], ['story', '/2025/12/31/storm/'], ['section', '/category/harbour/']] as const) {
      for (const width of widths) {
        for (const scheme of schemes) {
          test(`${name} at ${width}px, ${scheme}: no serious or critical axe violations, layout shift under 0.1`, async () => {
            const page = await open(sitePath, width, scheme);
            try {
              assert.deepEqual((await seriousA11yViolations(page)).map(formatViolation), []);
              const total = await shift(page);
              assert.ok(total < 0.1, `layout shift ${total}`);
            } finally {
              await page.close();
            }
          });
        }
      }
    }
  });

  test('screenshots of the strip and the masthead line at 375 and 1280 px, light and dark', async () => {
    mkdirSync(screenshotsDir, { recursive: true });
    for (const [name, sitePath] of [['breaking-home', '/'], ['breaking-story', '/2025/12/30/budget/']] as const) {
      for (const width of widths) {
        for (const scheme of schemes) {
          const page = await open(sitePath, width, scheme);
          try {
            const file = path.join(screenshotsDir, `${name}-${width}-${scheme}.png`);
            await page.screenshot({ path: file, animations: 'disabled' });
            assert.ok(statSync(file).size > 1000, `${file} is an image`);
          } finally {
            await page.close();
          }
        }
      }
    }
  });

  // Runs last: every page above went through the same guarded context.
  test('no request left 127.0.0.1 and no script failed', () => {
    assert.deepEqual(session.guarded.blocked, []);
    assert.deepEqual(session.guarded.scriptErrors, []);
  });
});
