/**
 * Embeds and wide content never widen the page (issue #12), in a real browser: a story with a YouTube frame, a
 * twelve-column table of long cells and a fenced code block with a 300-character line, opened in Debian's Chromium
 * at 320 and 375 px. The page must not scroll sideways; the frame keeps its 16:9 shape; the table and the code
 * scroll inside their own boxes, which keyboard users can focus. The code is highlighted at build time: its token
 * spans are in the page, and the page loads no script a story without code does not.
 *
 * The frame's request to YouTube is blocked by the guarded context, as every request off the machine is: the
 * frame stays empty, with the size the page gave it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { createFixtureSite, type FixtureSite, post } from '../helpers/fixture-site.ts';
import { type BrowserSession, browserSuite, formatViolation, openInBrowser, seriousA11yViolations } from '../helpers/browser.ts';

const settings = { title: 'Fixture Times', description: 'Reporting on fixtures.', url: 'https://fixture.example', timeZone: 'UTC' };

const longCell = 'Rare earth exports fell sharply after the new licensing rules took effect';
const wideTable = [
  `| ${Array.from({ length: 12 }, (_, i) => `Column ${i + 1}`).join(' | ')} |`,
  `|${' --- |'.repeat(12)}`,
  `| ${Array.from({ length: 12 }, () => longCell).join(' | ')} |`,
  `| ${Array.from({ length: 12 }, (_, i) => `${i * 10} tonnes`).join(' | ')} |`,
].join('\n');
const longLine = `const quota = [${Array.from({ length: 60 }, (_, i) => String(i).padStart(3, '0')).join(', ')}];`;

const wideBody = [
  'Exports of rare earths fell for a third month, customs figures show.',
  '<iframe width="560" height="315" src="https://www.youtube.com/embed/xyz" frameborder="0" allowfullscreen></iframe>',
  'The figures by month:',
  wideTable,
  'The quota, as the ministry published it:',
  `\`\`\`js\n// Tonnes a month\n${longLine}\nexport default quota;\n\`\`\``,
  'Traders expect the quota to be cut again.',
].join('\n\n');

const wideStory = '/2025/10/09/rare-earths/';
const plainStory = '/2025/10/08/plain/';
const widths = [320, 375] as const;

describe('wide content in Chromium', browserSuite(), () => {
  let site: FixtureSite;
  let session: BrowserSession;

  before(async () => {
    assert.ok(longLine.length >= 300, `the long line has ${longLine.length} characters`);
    site = createFixtureSite(settings);
    site.write('posts/2025-10-09-rare-earths.md', post('title: Rare earth exports fall\ncategories: [Business]', wideBody));
    site.write('posts/2025-10-08-plain.md', post('title: A story without code\ncategories: [Business]'));
    const result = site.build();
    assert.equal(result.status, 0, result.stderr);
    session = await openInBrowser(site.out, '/');
  });
  after(async () => {
    await session?.close();
    site?.dispose();
  });

  const open = async (sitePath: string, width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> => {
    const page = await session.guarded.context.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.emulateMedia({ colorScheme });
    const response = await page.goto(session.server.url(sitePath), { waitUntil: 'load' });
    assert.equal(response?.status(), 200, sitePath);
    return page;
  };

  /** scrollWidth and clientWidth of the first element a selector finds. */
  const widthsOf = (page: Page, selector: string) =>
    page.locator(selector).first().evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));

  for (const width of widths) {
    test(`at ${width} px the page does not scroll sideways; the table and the code scroll in their own boxes`, async () => {
      const page = await open(wideStory, width);
      try {
        const viewport = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
        assert.ok(viewport.scroll <= viewport.inner, `page ${viewport.scroll} px wide in a ${viewport.inner} px window`);
        const table = await widthsOf(page, '.story__body .table-scroll');
        assert.ok(table.client > 0 && table.client <= width, `table box ${table.client} px`);
        assert.ok(table.scroll > table.client, `the table (${table.scroll} px) scrolls in its ${table.client} px box`);
        const code = await widthsOf(page, '.story__body pre');
        assert.ok(code.client > 0 && code.client <= width, `code box ${code.client} px`);
        assert.ok(code.scroll > code.client, `the code (${code.scroll} px) scrolls in its ${code.client} px box`);
      } finally {
        await page.close();
      }
    });

    test(`at ${width} px the YouTube frame fills the column at 16:9`, async () => {
      const page = await open(wideStory, width);
      try {
        const frame = page.locator('.story__body iframe');
        assert.equal(await frame.getAttribute('title'), 'Embedded video');
        assert.equal(await frame.getAttribute('loading'), 'lazy');
        const box = await frame.boundingBox();
        const column = await page.locator('.story__body').boundingBox();
        assert.ok(box && column, 'the frame and the column are laid out');
        assert.ok(Math.abs(box.width - column.width) <= 1, `frame ${box.width} px in a ${column.width} px column`);
        const ratio = box.width / box.height;
        assert.ok(Math.abs(ratio / (16 / 9) - 1) <= 0.02, `frame ${box.width}x${box.height}, ratio ${ratio.toFixed(3)}`);
      } finally {
        await page.close();
      }
    });
  }

  test('the table’s and the code’s boxes take keyboard focus and scroll with the arrow keys', async () => {
    const page = await open(wideStory, 320);
    try {
      for (const selector of ['.story__body .table-scroll', '.story__body pre']) {
        const box = page.locator(selector).first();
        assert.equal(await box.getAttribute('tabindex'), '0', selector);
        await box.focus();
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction((found) => (document.querySelector(found)?.scrollLeft ?? 0) > 0, selector);
      }
      assert.equal(await page.locator('.story__body .table-scroll').getAttribute('aria-label'), 'Table');
    } finally {
      await page.close();
    }
  });

  test('the code is highlighted in the page, with no script for it', async () => {
    const page = await open(wideStory, 375);
    try {
      assert.ok((await page.locator('.story__body pre code span[class^="hljs-"]').count()) >= 3, 'token spans in the code');
      assert.equal(await page.locator('.story__body pre code .hljs-comment').textContent(), '// Tonnes a month');
      assert.equal(await page.locator('.story__body pre code').textContent(), `// Tonnes a month\n${longLine}\nexport default quota;\n`);
      // Structured data (JSON-LD) differs from story to story and runs nothing; every other script is compared.
      const scripts = (target: Page) =>
        target.evaluate(() => [...document.scripts].filter((script) => script.type !== 'application/ld+json').map((script) => script.src || `inline: ${script.text}`));
      const withCode = await scripts(page);
      const plain = await open(plainStory, 375);
      try {
        assert.deepEqual(withCode, await scripts(plain), 'the same scripts as a story without code');
      } finally {
        await plain.close();
      }
      assert.ok(withCode.every((script) => !/hljs|highlight|prism|shiki/i.test(script)), withCode.join(', '));
    } finally {
      await page.close();
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`at 320 px, ${scheme}: no serious or critical accessibility violations (token colours included)`, async () => {
      const page = await open(wideStory, 320, scheme);
      try {
        assert.deepEqual((await seriousA11yViolations(page)).map(formatViolation), []);
      } finally {
        await page.close();
      }
    });
  }

  // Runs last: every page above went through the same guarded context.
  test('only the YouTube frame asked for anything off the machine, and no script failed', () => {
    assert.deepEqual(session.guarded.blocked.filter((url) => !url.startsWith('https://www.youtube.com/embed/xyz')), []);
    assert.deepEqual(session.guarded.scriptErrors, []);
  });
});
