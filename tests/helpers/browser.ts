/**
 * Real-browser checks of the reader's site (issue #6): Debian's Chromium driven by playwright-core, which downloads
 * no browser of its own. A machine without Chromium skips these tests with the command that installs it; under
 * CI=true a missing browser fails them instead, so a green CI always means the pages were opened.
 *
 * Every page is opened in a context that lets requests reach only the test's own server: anything else is aborted
 * and recorded, so a test can assert that the site makes no third-party requests. `seriousA11yViolations` runs
 * axe-core in the page and keeps the serious and critical findings.
 */
import assert from 'node:assert/strict';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { type FixtureSite, repoRoot } from './fixture-site.ts';

export { serveFolder, type StaticServer } from './static-server.ts';
import { serveFolder, type StaticServer } from './static-server.ts';

/** Where browser tests write their screenshots: generated, git-ignored (.gitignore), looked at by people. */
export const screenshotsDir = path.join(repoRoot, 'tests/screenshots');

export const defaultChromium = '/usr/bin/chromium';

/** Headless, no sandbox (CI runs as root), and none of the browser's own calls home. */
export const chromiumArgs: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The browser to drive: `BROADSHEET_CHROMIUM` when set, else Debian's. */
export function chromiumPath(): string {
  const fromEnv = process.env['BROADSHEET_CHROMIUM'];
  return fromEnv === undefined || fromEnv === '' ? defaultChromium : fromEnv;
}

export type Availability = { ok: true } | { ok: false; reason: string };

export function browserAvailability(): Availability {
  const executable = chromiumPath();
  try {
    accessSync(executable, constants.X_OK);
    return { ok: true };
  } catch {
    return {
      ok: false,
      reason:
        `no Chromium at ${executable}: install it with \`apt-get install -y chromium\` (Debian), ` +
        'or set BROADSHEET_CHROMIUM to a Chromium or Chrome executable',
    };
  }
}

/**
 * Options for a browser suite: `describe('…', browserSuite(), …)`. Without a browser the suite is skipped, saying
 * why, except under CI=true, where it runs and `launchBrowser` fails it with the same reason.
 */
export function browserSuite(): { skip: string | false } {
  const availability = browserAvailability();
  if (availability.ok || process.env['CI'] === 'true') return { skip: false };
  // Skip reason: no Chromium on this developer machine; the message says how to install it. CI never skips.
  return { skip: availability.reason };
}

export async function launchBrowser(): Promise<Browser> {
  const availability = browserAvailability();
  if (!availability.ok) throw new Error(`Browser tests cannot run (CI=true, so they fail rather than skip): ${availability.reason}.`);
  return chromium.launch({ executablePath: chromiumPath(), args: [...chromiumArgs] });
}

export interface GuardedContext {
  readonly context: BrowserContext;
  /** Every request the pages tried to send anywhere but `origin`, in order; each one was aborted. */
  readonly blocked: readonly string[];
  /** Uncaught script errors in any page of the context: `<page URL>: <message>`. */
  readonly scriptErrors: readonly string[];
}

/**
 * A browser context whose pages may only talk to `origin` (the test server). `data:` and `blob:` URLs never reach
 * the network, so they are not routed.
 */
export async function guardedContext(browser: Browser, origin: string, options: BrowserContextOptions = {}): Promise<GuardedContext> {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  const blocked: string[] = [];
  const scriptErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('page', (page) => page.on('pageerror', (error) => scriptErrors.push(`${page.url()}: ${error.message}`)));
  return { context, blocked, scriptErrors };
}

export interface A11yViolation {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly helpUrl: string;
  /** One CSS selector path per offending element. */
  readonly targets: readonly string[];
}

/** `color-contrast (serious): Elements must meet minimum color contrast ratio thresholds at .byline, .card__excerpt p` */
export function formatViolation(violation: A11yViolation): string {
  return `${violation.id} (${violation.impact}): ${violation.help} at ${violation.targets.join(', ')}`;
}

/** The serious and critical axe-core findings on the page as it is now. */
export async function seriousA11yViolations(page: Page): Promise<A11yViolation[]> {
  await page.addScriptTag({ content: axe.source });
  // Runs in the page, which has no TypeScript types here: written as text, its result checked by `toViolations`.
  const found: unknown = await page.evaluate(`(async () => {
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, targets: v.nodes.map((n) => n.target.flat(Infinity).join(' ')) }));
  })()`);
  return toViolations(found);
}

function toViolations(value: unknown): A11yViolation[] {
  const text = (item: object, key: string): string => {
    const field: unknown = Reflect.get(item, key);
    if (typeof field !== 'string') throw new Error(`axe-core result: expected text in \`${key}\`, found ${JSON.stringify(field)}`);
    return field;
  };
  if (!Array.isArray(value)) throw new Error(`axe-core result: expected a list of violations, found ${JSON.stringify(value)}`);
  return value.map((item: unknown) => {
    if (typeof item !== 'object' || item === null) throw new Error(`axe-core result: expected a violation, found ${JSON.stringify(item)}`);
    const targets: unknown = Reflect.get(item, 'targets');
    if (!Array.isArray(targets)) throw new Error(`axe-core result: expected targets, found ${JSON.stringify(targets)}`);
    return { id: text(item, 'id'), impact: text(item, 'impact'), help: text(item, 'help'), helpUrl: text(item, 'helpUrl'), targets: targets.map(String) };
  });
}

/** A built site served over loopback and opened in Chromium, in a context that may reach only that server. */
export interface BrowserSession {
  readonly server: StaticServer;
  readonly browser: Browser;
  readonly guarded: GuardedContext;
  /** Closes the context, the browser and the server (whatever of them was opened). */
  close(): Promise<void>;
}

export async function openInBrowser(folder: string, pathPrefix = '/'): Promise<BrowserSession> {
  const server = await serveFolder(folder, pathPrefix);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const guarded = await guardedContext(browser, server.origin);
    const opened = browser;
    return {
      server,
      browser: opened,
      guarded,
      async close() {
        await guarded.context.close();
        await opened.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}

/**
 * Counts cumulative layout shift as Chromium reports it (every shift not caused by the reader's own input, summed):
 * installed on `page` before anything is drawn; read it with `layoutShifts`.
 */
export async function countLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(`window.__shifts = [];
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value); })
      .observe({ type: 'layout-shift', buffered: true });`);
}

/** The layout shifts counted on `page` so far (`countLayoutShifts`), each one's score. */
export async function layoutShifts(page: Page): Promise<number[]> {
  return (await page.evaluate('window.__shifts')) as number[];
}

/** Builds a fixture site as `npm run build` does, failing the suite with the build's output if it fails, and opens it. */
export async function buildAndOpen(site: FixtureSite, pathPrefix = '/'): Promise<BrowserSession> {
  const result = site.build();
  assert.equal(result.status, 0, result.stderr);
  return openInBrowser(site.out, pathPrefix);
}

/** A suite's `after`: closes the browser session and deletes the fixture site, whichever of them was made. */
export async function closeSuite(session: BrowserSession | undefined, site: FixtureSite | undefined): Promise<void> {
  await session?.close();
  site?.dispose();
}
