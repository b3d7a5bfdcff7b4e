/**
 * Shared fixtures for the unit tests: a tiny site whose time zone every test names, and `normalizePost` run on an
 * inline markdown file without a file system.
 */
import assert from 'node:assert/strict';
import { normalizePost, type Normalized } from '../../src/content/normalize.ts';
import type { Post } from '../../src/content/schema.ts';
import { ConfigError, formatProblem } from '../../src/errors.ts';
import { createMarkdown } from '../../src/markdown/create-markdown.ts';
import { defaultSettings, resolveSite, type Site, type SiteInput } from '../../src/site.ts';

/** A fresh, minimal site in `timeZone`; tests never depend on the real site's settings. */
export function siteIn(timeZone: string, overrides: Partial<Site> = {}): Site {
  return {
    ...defaultSettings(),
    title: 'The Test Gazette',
    description: 'A site for tests.',
    url: 'https://news.example.com',
    pathPrefix: '/',
    language: 'en',
    timeZone,
    permalink: '/:year/:month/:day/:title/',
    pageSize: 10,
    excerptSeparator: '\n\n',
    dateFormat: 'yyyy-MM-dd HH:mm',
    dayFormat: 'yyyy-MM-dd',
    authors: { badely: { name: 'Bea Adeley', avatar: 'assets/images/bea.jpg' }, lchen: { name: 'Lin Chen' } },
    ...overrides,
  };
}

/** A markdown file: front-matter lines between `---` fences, then the body. */
export function markdown(frontMatter: readonly string[], body = 'Body.'): string {
  return `---\n${frontMatter.join('\n')}\n---\n${body}`;
}

export interface NormalizeOptions {
  readonly site?: Site;
  /** Site-relative files that exist, e.g. `assets/images/a.jpg`. */
  readonly files?: readonly string[];
  /** Replaces `files` when a test needs to see what was asked. */
  readonly fileExists?: (sitePath: string) => boolean;
}

const md = createMarkdown();

export function normalize(path: string, text: string, options: NormalizeOptions = {}): Normalized {
  const files = new Set(options.files ?? []);
  const fileExists = options.fileExists ?? ((sitePath: string) => files.has(sitePath));
  return normalizePost({ path, text }, { site: options.site ?? siteIn('UTC'), md, fileExists });
}

/** Normalizes a file that must have no problems and returns its post. */
export function postFrom(path: string, text: string, options: NormalizeOptions = {}): Post {
  const result = normalize(path, text, options);
  assert.deepEqual(result.problems.map(formatProblem), []);
  assert.ok(result.post, `${path} gave no post`);
  return result.post;
}

/** The problems of a file, formatted as the build prints them. */
export function problemsOf(path: string, text: string, options: NormalizeOptions = {}): string[] {
  const result = normalize(path, text, options);
  assert.equal(result.post, undefined, `${path} should not give a post when it has problems`);
  return result.problems.map(formatProblem);
}

export function warningsOf(path: string, text: string, options: NormalizeOptions = {}): string[] {
  return normalize(path, text, options).warnings.map(formatProblem);
}

/** The build's clock for tests it does not matter to: the fixture sites' BUILD_TIME (tests/helpers/fixture-site.ts). */
export const buildClock = new Date('2026-01-01T00:00:00Z');

/** The problems `checkSite` finds in `overrides` over `base`, formatted as the build prints them; fails when none. */
export function settingsProblems(base: SiteInput, overrides: Record<string, unknown>): string[] {
  try {
    resolveSite(base, overrides, {}, 'site.json');
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
    return error.problems.map(formatProblem);
  }
  assert.fail('the settings should have been refused');
}
