/**
 * Site settings: the one place a site's identity, time zone, URLs and authors are decided.
 *
 * `siteSettings` below is this site's configuration; edit it to make the site yours. A JSON file named by
 * `BROADSHEET_SITE` (the tests, other sites) is used instead, over `defaultSettings()`, and `SITE_URL`, `PATH_PREFIX` and
 * `SITE_TIME_ZONE` override those three for deploys. `resolveSite` validates the result once per build.
 */
import { ConfigError, describeValue, type Problem } from './errors.ts';
import { checkFeedSettings, defaultFeedSettings, type FeedSettings } from './feeds/settings.ts';
import { defaultImageSettings, type ImageSettings } from './images/types.ts';
import { checkPermalinkPattern } from './pages/permalinks.ts';

export interface AuthorLink {
  readonly label: string;
  readonly url: string;
}

export interface AuthorSettings {
  readonly name: string;
  readonly bio?: string;
  /** Site-relative path of a photo, e.g. `assets/images/<md5>.jpg`. */
  readonly avatar?: string;
  readonly links?: readonly AuthorLink[];
}

export interface SiteInput {
  readonly title: string;
  readonly description: string;
  /** Absolute origin the site is served from, without the path prefix: `https://news.example.com`. */
  readonly url: string;
  /** Folder the site lives under on its host (`/repo/` for GitHub project pages); `/` for the root. */
  readonly pathPrefix: string;
  /** BCP 47 language tag for `<html lang>` and feeds. */
  readonly language: string;
  /** IANA time zone that decides shown dates, dates in URLs and bare dates' midnight. */
  readonly timeZone: string;
  /** Jekyll permalink style (`date`, `pretty`, `ordinal`, `weekdate`, `none`) or a pattern with placeholders. */
  readonly permalink: string;
  /** Stories per listing page. */
  readonly pageSize: number;
  /** Related stories under each story. */
  readonly relatedCount: number;
  /** URL folders of the category, tag and author pages: `/category/<slug>/`. */
  readonly categoryBase: string;
  readonly tagBase: string;
  readonly authorBase: string;
  /** The front page: stories under "Latest" after the lead, section blocks, and stories per block. */
  readonly frontPage: { readonly latest: number; readonly sections: number; readonly perSection: number };
  /** Jekyll's `excerpt_separator`: the excerpt is the text before it. */
  readonly excerptSeparator: string;
  /** date-fns pattern for dates shown to readers. */
  readonly dateFormat: string;
  /** date-fns pattern for posts dated by day only (a bare date or the file name). */
  readonly dayFormat: string;
  readonly authors: Readonly<Record<string, AuthorSettings>>;
  /** Responsive image widths, formats, qualities, link-preview size and the pixel limit. */
  readonly images: ImageSettings;
  /** Feeds: summaries or full text, and how many stories each lists. */
  readonly feeds: FeedSettings;
  /** Full-text search (Pagefind): the /search/ page, the masthead's search box and the index. */
  readonly search: boolean;
  /** The publisher's logo for structured data (a wide raster image, e.g. `assets/images/<md5>.png`). */
  readonly logo?: string;
  /**
   * Raw HTML in story bodies. Authors are trusted by default, as in Jekyll (`sanitize: false`); a site whose authors
   * are not sets `sanitize: true`, and bodies keep ordinary markup and iframes from `embedHosts` only (issue #10).
   */
  readonly bodies: BodySettings;
}

export interface BodySettings {
  readonly sanitize: boolean;
  /** Host names whose iframes a sanitised body keeps (`www.youtube-nocookie.com`); exact names, no wildcards. */
  readonly embedHosts: readonly string[];
}

export function defaultBodySettings(): BodySettings {
  return { sanitize: false, embedHosts: ['www.youtube.com', 'www.youtube-nocookie.com', 'player.vimeo.com'] };
}

export type Site = SiteInput;

/** Broadsheet's defaults: what a site gets for every setting it does not give. A fresh object on every call. */
export function defaultSettings(): SiteInput {
  return {
    title: 'Broadsheet',
    description: '',
    url: 'http://localhost:8080',
    pathPrefix: '/',
    language: 'en',
    timeZone: 'UTC',
    permalink: '/:year/:month/:day/:title/',
    pageSize: 12,
    relatedCount: 4,
    categoryBase: 'category',
    tagBase: 'tag',
    authorBase: 'author',
    frontPage: { latest: 6, sections: 6, perSection: 3 },
    excerptSeparator: '\n\n',
    dateFormat: 'd MMMM yyyy, HH:mm',
    dayFormat: 'd MMMM yyyy',
    authors: {},
    images: defaultImageSettings(),
    feeds: defaultFeedSettings(),
    search: true,
    bodies: defaultBodySettings(),
  };
}

/** This site's settings, over the defaults. Everything here can be overridden per deploy (see the module comment). */
export function siteSettings(): SiteInput {
  return {
    ...defaultSettings(),
    title: 'The Broadsheet',
    description: 'Independent reporting on technology, business, science and the world.',
    url: 'https://broadsheet.example.com',
    timeZone: 'Europe/London',
    logo: 'assets/images/227b9107784020e5b0124b1de69cb398.png',
    authors: {
      badely: {
        name: 'Bea Adeley',
        bio: 'Technology correspondent covering supply chains, chips and the materials behind them.',
        avatar: 'assets/images/2df5cf14a906e88294f9003cfe5cabcb.jpg',
        links: [{ label: 'Mastodon', url: 'https://mastodon.example/@badely' }],
      },
      mokafor: {
        name: 'Michael Okafor',
        bio: 'Business editor. Previously markets reporter in Lagos and London.',
        avatar: 'assets/images/f960755841b101831d56d2b7025fc421.jpg',
      },
      lchen: {
        name: 'Lin Chen',
        bio: 'Science and climate reporter.',
        avatar: 'assets/images/392aee2811678fa6d075c3ed0c7f7411.jpg',
        links: [{ label: 'Website', url: 'https://lin-chen.example' }],
      },
      rsantos: {
        name: 'Rita Santos',
        bio: 'World affairs and politics.',
        avatar: 'assets/images/ca3c882057fd067f9d1a97b4e4c29d37.jpg',
      },
    },
  };
}

/** Keys whose values must be text, in the order they are checked. */
const baseKeys = ['categoryBase', 'tagBase', 'authorBase'] as const;
const textKeys = ['categoryBase', 'tagBase', 'authorBase', 'title', 'description', 'url', 'pathPrefix', 'language', 'timeZone', 'permalink', 'excerptSeparator', 'dateFormat', 'dayFormat'] as const;

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** `/news` and `news/` become `/news/`; empty becomes `/`. */
export function normalizePathPrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `overrides` over `base`, group by group: `{ "images": { "widths": [640] } }` changes the widths and keeps every
 * other image setting. Lists and values replace; `authors` replaces whole (a site names its own people).
 */
export function mergeSettings(base: Readonly<Record<string, unknown>>, overrides: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = merged[key];
    merged[key] = key !== 'authors' && isPlainObject(current) && isPlainObject(value) ? mergeSettings(current, value) : value;
  }
  return merged;
}

/**
 * Merges overrides and environment into the settings and checks every value; all problems are reported together.
 * `source` names the file the settings came from, for messages.
 */
export function resolveSite(
  base: SiteInput,
  overrides: Partial<Record<keyof SiteInput, unknown>>,
  env: Readonly<Record<string, string | undefined>>,
  source: string,
): Site {
  const merged = mergeSettings(base as unknown as Record<string, unknown>, overrides);
  if (env['SITE_URL']) merged['url'] = env['SITE_URL'];
  if (env['PATH_PREFIX'] !== undefined && env['PATH_PREFIX'] !== '') merged['pathPrefix'] = env['PATH_PREFIX'];
  if (env['SITE_TIME_ZONE']) merged['timeZone'] = env['SITE_TIME_ZONE'];

  const problems: Problem[] = [];
  const problem = (field: string, message: string, fix: string): void => {
    problems.push({ file: source, field, message, fix });
  };
  for (const key of textKeys) {
    if (typeof merged[key] !== 'string') problem(key, `must be text; found ${describeValue(merged[key])}.`, 'Set it to a quoted string.');
  }
  const timeZone = merged['timeZone'];
  if (typeof timeZone === 'string' && !isTimeZone(timeZone)) {
    problem('timeZone', `must be an IANA time zone; found ${JSON.stringify(timeZone)}.`, 'Use a name such as "UTC", "Europe/London" or "America/New_York".');
  }
  const url = merged['url'];
  if (typeof url === 'string' && !/^https?:\/\/[^/\s]+$/.test(url.replace(/\/+$/, ''))) {
    problem('url', `must be an absolute http(s) origin without a path; found ${JSON.stringify(url)}.`, 'Write it like "https://news.example.com" and put any folder in `pathPrefix` (or PATH_PREFIX).');
  }
  const images = merged['images'] as Partial<ImageSettings> | undefined;
  const widths = images?.widths;
  if (!Array.isArray(widths) || widths.length === 0 || !widths.every((w) => Number.isInteger(w) && w > 0)) {
    problem('images.widths', `must be a list of widths in pixels; found ${describeValue(widths)}.`, 'Write e.g. [320, 640, 960, 1280, 1920].');
  }
  const formats = images?.formats;
  if (!Array.isArray(formats) || !formats.every((format) => format === 'avif' || format === 'webp')) {
    problem('images.formats', `must list modern formats from "avif" and "webp"; found ${Array.isArray(formats) ? JSON.stringify(formats) : describeValue(formats)}.`, 'Write e.g. ["avif", "webp"], or [] for the JPEG/PNG fallback alone.');
  }
  for (const [format, quality] of Object.entries(images?.quality ?? {})) {
    if (typeof quality !== 'number' || !Number.isInteger(quality) || quality < 1 || quality > 100) {
      problem(`images.quality.${format}`, `must be a whole number from 1 to 100; found ${describeValue(quality)}.`, 'Lower is smaller and blurrier; 50 (AVIF), 75 (WebP) and 78 (JPEG) are the defaults.');
    }
  }
  problems.push(...checkFeedSettings(merged['feeds'], source));
  if (typeof merged['search'] !== 'boolean') problem('search', `must be true or false; found ${describeValue(merged['search'])}.`, 'Write `true` for a search page and box, `false` for none.');
  const permalink = merged['permalink'];
  const badPattern = typeof permalink === 'string' ? checkPermalinkPattern(permalink) : undefined;
  if (badPattern !== undefined) problem('permalink', `${badPattern.reason}.`, badPattern.fix);
  const count = (field: string, value: unknown, min: number, example: number): void => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
      problem(field, `must be a whole number of at least ${min}; found ${describeValue(value)}.`, `Set it to, say, ${example}.`);
    }
  };
  count('pageSize', merged['pageSize'], 1, 12);
  count('relatedCount', merged['relatedCount'], 0, 4);
  const front = merged['frontPage'] as Record<string, unknown> | undefined;
  count('frontPage.latest', front?.['latest'], 0, 6);
  count('frontPage.sections', front?.['sections'], 0, 6);
  count('frontPage.perSection', front?.['perSection'], 1, 3);
  for (const key of baseKeys) {
    const base = merged[key];
    if (typeof base === 'string' && !/^[a-z0-9][a-z0-9-]*$/.test(base)) {
      problem(key, `must be one URL segment of lower-case letters, digits and hyphens; found ${JSON.stringify(base)}.`, 'Write it like "category".');
    }
  }
  if (typeof merged['tagBase'] === 'string' && (merged['tagBase'] === merged['categoryBase'] || merged['tagBase'] === merged['authorBase'] || merged['categoryBase'] === merged['authorBase'])) {
    problem('tagBase', 'must differ from categoryBase and authorBase, or their pages would share URLs.', 'Use three different folder names.');
  }
  const authors = merged['authors'];
  if (typeof authors !== 'object' || authors === null || Array.isArray(authors)) {
    problem('authors', `must map author keys to { name, bio, avatar, links }; found ${describeValue(authors)}.`, 'See README, "Configure the site".');
  } else {
    for (const [key, author] of Object.entries(authors as Record<string, unknown>)) {
      const name = (author as { name?: unknown } | null)?.name;
      if (typeof name !== 'string' || name.trim() === '') {
        problem(`authors.${key}.name`, `must be the author's display name; found ${describeValue(name)}.`, `Add \`name: "…"\` to author ${key}.`);
      }
    }
  }
  if (problems.length > 0) throw new ConfigError('The site settings have problems:', problems);

  const site = merged as unknown as SiteInput;
  return { ...site, url: site.url.replace(/\/+$/, ''), pathPrefix: normalizePathPrefix(site.pathPrefix) };
}
