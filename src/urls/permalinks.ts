/**
 * Every URL Broadsheet writes is spelled here. Internally a URL is a decoded, prefix-free path (`/2025/10/09/稀土/`);
 * `href` and `absoluteUrl` turn it into what goes into HTML, feeds and sitemaps.
 */
import type { ZonedParts } from '../content/dates.ts';
import { slugify } from '../content/slug.ts';

/** Jekyll's named permalink styles (Jekyll 4 docs, "Permalinks → Built-in formats"). */
export const permalinkStyles: Readonly<Record<string, string>> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};

export const defaultPermalink = '/:year/:month/:day/:title/';

export interface PermalinkValues {
  readonly parts: ZonedParts;
  /** Jekyll's `:title`: the file-name slug (or `slug:`), case kept. */
  readonly title: string;
  /** Jekyll's `:slug`: the same, lower-cased. */
  readonly slug: string;
  /** Category slugs, in order. */
  readonly categories: readonly string[];
  /** Jekyll's `:output_ext`: `.html`, or a non-markdown post's own extension (`.text`). Default `.html`. */
  readonly outputExt?: string;
}

export const placeholderNames = [
  'year', 'month', 'day', 'i_month', 'i_day', 'short_year', 'hour', 'minute', 'second', 'y_day',
  'week', 'short_day', 'long_day', 'w_year', 'w_day', 'short_month', 'long_month', 'title', 'slug', 'categories', 'slugified_categories', 'output_ext',
] as const;

/** English names, as Ruby's strftime writes them (`%B`, `%A`): Jekyll's `:long_month`, `:long_day`. */
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dayNames: Record<string, { long: string; number: number }> = {
  Mon: { long: 'Monday', number: 1 }, Tue: { long: 'Tuesday', number: 2 }, Wed: { long: 'Wednesday', number: 3 }, Thu: { long: 'Thursday', number: 4 },
  Fri: { long: 'Friday', number: 5 }, Sat: { long: 'Saturday', number: 6 }, Sun: { long: 'Sunday', number: 7 },
};

function placeholders(values: PermalinkValues): Record<string, string> {
  const { parts } = values;
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    i_month: String(Number(parts.month)),
    i_day: String(Number(parts.day)),
    short_year: parts.year.slice(-2),
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
    y_day: parts.dayOfYear,
    week: parts.isoWeek,
    short_day: parts.shortWeekday,
    long_day: dayNames[parts.shortWeekday]?.long ?? parts.shortWeekday,
    w_year: parts.isoWeekYear,
    w_day: String(dayNames[parts.shortWeekday]?.number ?? 1),
    long_month: monthNames[Number(parts.month) - 1] ?? parts.month,
    short_month: (monthNames[Number(parts.month) - 1] ?? parts.month).slice(0, 3),
    title: values.title,
    slug: values.slug,
    categories: values.categories.join('/'),
    // Jekyll's UrlDrop: each category slugified (default mode), repeats dropped.
    slugified_categories: [...new Set(values.categories.map((name) => slugify(name)))].filter((part) => part !== '').join('/'),
    output_ext: values.outputExt ?? '.html',
  };
}

export type Expansion = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly reason: string; readonly fix: string };

/** Turns a style name or pattern into a URL path, refusing anything that could escape the output folder. */
export function expandPermalink(patternOrStyle: string, values: PermalinkValues): Expansion {
  const problem = checkPermalinkPattern(patternOrStyle);
  if (problem !== undefined) return problem;
  const table = placeholders(values);
  const pattern = permalinkStyles[patternOrStyle] ?? patternOrStyle;
  return checkUrlPath(pattern.replace(/:([a-z_]+)/g, (whole, name: string) => table[name] ?? whole));
}

/** Why a style name or pattern cannot be expanded (unknown placeholders), or undefined when it can. */
export function checkPermalinkPattern(patternOrStyle: string): (Expansion & { ok: false }) | undefined {
  const pattern = permalinkStyles[patternOrStyle] ?? patternOrStyle;
  // `javascript:alert(1)` is a URL, not a pattern with a placeholder `:alert`. (`//x/` stays a path, collapsed.)
  if (/^\s*[a-z][a-z0-9+.-]*:/i.test(pattern)) {
    return { ok: false, reason: `must be a path inside the site, not a URL; found ${JSON.stringify(patternOrStyle)}`, fix: 'Write a site path such as /:year/:month/:day/:title/ or /about/.' };
  }
  const known: readonly string[] = placeholderNames;
  const unknown = [...pattern.matchAll(/:([a-z_]+)/g)].filter((match) => !known.includes(match[1] ?? '')).map((match) => match[0]);
  if (unknown.length === 0) return undefined;
  return {
    ok: false,
    reason: `uses unknown placeholder ${unknown.join(', ')} in ${JSON.stringify(patternOrStyle)}`,
    fix: `Use a style (${Object.keys(permalinkStyles).join(', ')}) or the placeholders ${placeholderNames.map((n) => `:${n}`).join(' ')}.`,
  };
}

/** The longest URL segment: 255 bytes (NAME_MAX) less room for the `.html` Broadsheet may add. */
export const maxSegmentBytes = 250;

/** Collapses repeated slashes, adds the leading one, and rejects `..`, backslashes, schemes and control characters. */
export function checkUrlPath(path: string): Expansion {
  const url = `/${path}`.replace(/\/{2,}/g, '/');
  const fix = 'Write a site-relative path such as /2025/10/09/my-story/.';
  if (/[\\\u0000-\u001f?#]/.test(url) || /^\/[a-z][a-z0-9+.-]*:/i.test(url)) {
    return { ok: false, reason: `${JSON.stringify(path)} is not a plain URL path`, fix };
  }
  if (url.split('/').some((segment) => segment === '..' || segment === '.')) {
    return { ok: false, reason: `${JSON.stringify(path)} climbs out of the site with "." or ".." segments`, fix };
  }
  // A segment becomes a file or folder name (`index.html` or `.html` added), and file systems allow 255 bytes.
  const long = url.split('/').find((segment) => Buffer.byteLength(segment) > maxSegmentBytes);
  if (long !== undefined) {
    return { ok: false, reason: `has a part of ${Buffer.byteLength(long)} bytes (${JSON.stringify(`${long.slice(0, 40)}…`)}), longer than file systems allow`, fix: `Keep each part between slashes under ${maxSegmentBytes} bytes.` };
  }
  return { ok: true, url };
}

/**
 * The file a URL is written to, relative to the output folder, as Jekyll writes it: `/a/` → `a/index.html`,
 * `/a.html` → `a.html`, `/a` → `a.html`. Like Jekyll's `destination`, the output extension is added unless the
 * path already ends with it, so `/v1.2` is written as `v1.2.html`, not as a file a server cannot type.
 */
export function outputPathFor(url: string, outputExt = '.html'): string {
  const relative = url.replace(/^\/+/, '');
  if (relative === '' || relative.endsWith('/')) return `${relative}index${outputExt}`;
  return relative.endsWith(outputExt) ? relative : `${relative}${outputExt}`;
}

export interface UrlContext {
  /** `https://news.example.com` */
  readonly url: string;
  /** `/` or `/news/` */
  readonly pathPrefix: string;
}

/** The link to a page: path prefix added, non-ASCII percent-encoded. */
export function href(site: UrlContext, url: string): string {
  // Every page links dozens of URLs, the same ones on many pages: each is spelled once per path prefix.
  let spelled = hrefs.get(site.pathPrefix);
  if (spelled === undefined) hrefs.set(site.pathPrefix, (spelled = new Map()));
  let link = spelled.get(url);
  if (link === undefined) {
    const path = `${site.pathPrefix}${url.charCodeAt(0) === 47 ? url.replace(/^\/+/, '') : url}`;
    link = plainUrl.test(path) ? path : encodeURI(path);
    if (spelled.size >= hrefLimit) spelled.clear();
    spelled.set(url, link);
  }
  return link;
}

/** Links spelled so far, by path prefix; bounded, since a long `serve` session sees many sites' worth of URLs. */
const hrefs = new Map<string, Map<string, string>>();
const hrefLimit = 500_000;

/** Characters encodeURI leaves as they are, `%` excepted (an existing escape is encoded again, as encodeURI does). */
const plainUrl = /^[A-Za-z0-9\-_.!~*'();/?:@&=+$,#]*$/;

/** The absolute URL of a page, for canonical links, feeds and sitemaps. */
export function absoluteUrl(site: UrlContext, url: string): string {
  return `${site.url}${href(site, url)}`;
}

/** A site-relative asset path such as `assets/images/x.jpg` or `/assets/images/x.jpg`, as a URL path. */
export function assetUrl(path: string): string {
  return `/${path.replace(/^\/+/, '')}`;
}

export const homeUrl = '/';

/** The search page; the masthead's search form sends `?q=` to it. */
export const searchUrl = '/search/';

/** The page static hosts (GitHub Pages, Netlify, Cloudflare Pages, S3 error documents) show for a missing URL. */
export const notFoundUrl = '/404.html';

/** Page `n` of a listing whose first page is `base` (`/category/tech/`): `/category/tech/page/2/`. */
export function pageUrl(base: string, n: number): string {
  return n <= 1 ? base : `${base}page/${n}/`;
}

export interface ListingBases {
  readonly categoryBase: string;
  readonly tagBase: string;
  readonly authorBase: string;
}

export function categoryUrl(site: ListingBases, slug: string, n = 1): string {
  return pageUrl(`/${site.categoryBase}/${slug}/`, n);
}

export function tagUrl(site: ListingBases, slug: string, n = 1): string {
  return pageUrl(`/${site.tagBase}/${slug}/`, n);
}

export function authorUrl(site: ListingBases, slug: string, n = 1): string {
  return pageUrl(`/${site.authorBase}/${slug}/`, n);
}

/** `/2025/` or `/2025/10/`. */
export function archiveUrl(year: string, month?: string, n = 1): string {
  return pageUrl(month === undefined ? `/${year}/` : `/${year}/${month}/`, n);
}

/** The Atom, RSS and JSON feeds of a listing whose first page is `base` (`/`, `/category/tech/`). */
export interface FeedUrls {
  readonly atom: string;
  readonly rss: string;
  readonly json: string;
}

/** `/feed.xml`, `/rss.xml`, `/feed.json` for the site; `/category/tech/feed.xml`… beside a listing's first page. */
export function feedUrls(base: string): FeedUrls {
  return { atom: `${base}feed.xml`, rss: `${base}rss.xml`, json: `${base}feed.json` };
}

/** The indexes of every category, tag and author. */
export const indexUrls = { category: '/categories/', tag: '/tags/', author: '/authors/' } as const;

/**
 * The sitemap, the Google News sitemap and robots.txt (issue #5). Past the protocol's URL limit a sitemap becomes an
 * index of numbered parts: `/sitemap.xml` lists `/sitemap-1.xml`, `/sitemap-2.xml`…
 */
export const sitemapUrl = '/sitemap.xml';
export const newsSitemapUrl = '/news-sitemap.xml';
export const robotsUrl = '/robots.txt';

/** Part `n` (from 1) of the sitemap at `base`: `/sitemap.xml` → `/sitemap-2.xml`. */
export function sitemapPartUrl(base: string, n: number): string {
  return base.replace(/(\.xml)?$/, `-${n}.xml`);
}
