/**
 * Site settings: the one place a site's identity, time zone, URLs and authors are decided.
 *
 * `siteSettings` below is this site's configuration; edit it to make the site yours. A JSON file named by
 * `BROADSHEET_SITE` (the tests, other sites) is used instead, over `defaultSettings()`, and `SITE_URL`, `PATH_PREFIX` and
 * `SITE_TIME_ZONE` override those three for deploys. `checkSite` validates the result once per build (the checks
 * are in src/settings/); unknown keys are warnings, every other problem is reported with the rest in one ConfigError.
 */
import { ConfigError, type Problem } from './errors.ts';
import { defaultFeedSettings, type FeedSettings } from './feeds/settings.ts';
import { defaultImageSettings, type ImageSettings } from './images/types.ts';
import { type ShareService, shareServices } from './seo/share-links.ts';
import { checkSettings } from './settings/check-site.ts';
import { checkDeployOverrides } from './settings/environment.ts';
import { checkLanguage } from './settings/language.ts';
import { unknownSettings } from './settings/unknown-keys.ts';
import { isPlainObject } from './settings/plain-object.ts';

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
  /**
   * The front page: stories under "Latest" after the lead, section blocks, stories per block, and how many hours
   * after its date a `featured: true` story leads (issue #15; then the newest story leads).
   */
  readonly frontPage: { readonly latest: number; readonly sections: number; readonly perSection: number; readonly featuredHours: number };
  /** Breaking news (issue #15): the strip above the front page and the line in every masthead. */
  readonly breaking: BreakingSettings;
  /** Jekyll's `excerpt_separator`: the excerpt is the text before it. */
  readonly excerptSeparator: string;
  /** date-fns pattern for dates shown to readers. */
  readonly dateFormat: string;
  /** date-fns pattern for posts dated by day only (a bare date or the file name). */
  readonly dayFormat: string;
  /**
   * Whether a shown time of day is followed by the zone's abbreviation, "12:08 BST" (src/content/shown-date.ts);
   * default true. A `dateFormat` with a zone token of its own (`zzz`, `xxx`) is shown as it is either way.
   */
  readonly showTimeZone: boolean;
  /** The story page's finish: the drop cap and the share links under the story (issue #15). */
  readonly story: StorySettings;
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
   * The site icon (issue #13): one raster image, square and at least 512x512 (`assets/images/<md5>.png`), from which
   * the build makes favicon.ico, the Apple touch icon, the web app manifest and its icons. Absent: none of them.
   */
  readonly icon?: string;
  /** The web app manifest written with the icon, and the browser's theme colour. */
  readonly manifest: ManifestSettings;
  /**
   * Raw HTML in story bodies. Authors are trusted by default, as in Jekyll (`sanitize: false`); a site whose authors
   * are not sets `sanitize: true`, and bodies keep ordinary markup and iframes from `embedHosts` only (issue #10).
   */
  readonly bodies: BodySettings;
  /** The masthead's sections and links in the owner's order, footer links and social profiles (issue #13). */
  readonly navigation: NavigationSettings;
}

export interface BreakingSettings {
  /**
   * How many hours after its date a breaking story (`breaking: true`, or a headline opening "Breaking:") is shown
   * as breaking news; then it is an ordinary story. Default 6, fractions allowed.
   */
  readonly hours: number;
}

export interface NavLink {
  readonly label: string;
  /** A path on the site (`/about/`; the path prefix is added) or an absolute http(s) or mailto URL. */
  readonly url: string;
}

export interface NavigationSettings {
  /**
   * The masthead's links in order: a section by its name (`"Business"`) or a link. Absent: the biggest sections
   * first, as many as fit.
   */
  readonly masthead?: ReadonlyArray<string | NavLink>;
  /** Links in the footer after the site's own (About, Contact, Privacy, Terms). */
  readonly footer: readonly NavLink[];
  /** Social profiles, in the footer, linked with `rel="me"`. */
  readonly social: readonly NavLink[];
}

/** Members of the web app manifest (https://www.w3.org/TR/appmanifest/), named as there in camelCase. */
export interface ManifestSettings {
  /** The name under the icon on a home screen, where the title is too long; absent: the title. */
  readonly shortName?: string;
  /** `theme_color`, and `<meta name="theme-color">` on every page (the browser's toolbar): a hex colour. */
  readonly themeColor?: string;
  /**
   * `background_color` (the splash screen), and what the icons that must be opaque (the Apple touch icon, the maskable
   * icon) show where the image is transparent or does not reach: a hex colour.
   */
  readonly backgroundColor: string;
}

export function defaultManifestSettings(): ManifestSettings {
  return { backgroundColor: '#ffffff' };
}

export interface BodySettings {
  readonly sanitize: boolean;
  /** Host names whose iframes a sanitised body keeps (`www.youtube-nocookie.com`); exact names, no wildcards. */
  readonly embedHosts: readonly string[];
  /**
   * Whether Liquid runs over story bodies (and body excerpts) before markdown, as in Jekyll (issue #12); default true.
   * A post turns it off for itself with `render_with_liquid: false`.
   */
  readonly liquid: boolean;
}

export function defaultBodySettings(): BodySettings {
  return { sanitize: false, embedHosts: ['www.youtube.com', 'www.youtube-nocookie.com', 'player.vimeo.com'], liquid: true };
}

export interface StorySettings {
  /** A large first letter on the story's first paragraph, a magazine habit; default false. */
  readonly dropCap: boolean;
  /** The share links under a story, in this order; `[]` for none. Default: all of `shareServices` (src/seo/share-links.ts). */
  readonly share: readonly ShareService[];
  /**
   * The Mastodon server the Mastodon link shares through (`mastodon.social`): Mastodon has no one address to share
   * to, so the site names the server its readers use most.
   */
  readonly mastodonServer: string;
}

export function defaultStorySettings(): StorySettings {
  return { dropCap: false, share: [...shareServices], mastodonServer: 'mastodon.social' };
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
    frontPage: { latest: 6, sections: 6, perSection: 3, featuredHours: 48 },
    breaking: { hours: 6 },
    excerptSeparator: '\n\n',
    dateFormat: 'd MMMM yyyy, HH:mm',
    dayFormat: 'd MMMM yyyy',
    showTimeZone: true,
    story: defaultStorySettings(),
    authors: {},
    images: defaultImageSettings(),
    feeds: defaultFeedSettings(),
    search: true,
    bodies: defaultBodySettings(),
    navigation: { footer: [], social: [] },
    manifest: defaultManifestSettings(),
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

export { isTimeZone } from './settings/time-zone.ts';

/** `/news` and `news/` become `/news/`; empty becomes `/`. */
export function normalizePathPrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * `overrides` over `base`, group by group: `{ "images": { "widths": [640] } }` changes the widths and keeps every
 * other image setting. Lists and values replace; `authors` replaces whole (a site names its own people).
 */
export function mergeSettings(base: Readonly<Record<string, unknown>>, overrides: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = merged[key];
    // Defined, not assigned: a JSON key `__proto__` stays an own (unknown, warned about) key instead of becoming
    // the prototype that every missing setting would then be read from.
    Object.defineProperty(merged, key, {
      value: key !== 'authors' && isPlainObject(current) && isPlainObject(value) ? mergeSettings(current, value) : value,
      enumerable: true, writable: true, configurable: true,
    });
  }
  return merged;
}

type Env = Readonly<Record<string, string | undefined>>;

/** The settings, or every problem with them; warnings (unknown keys) either way. */
export type SiteCheck =
  | { readonly ok: true; readonly site: Site; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly warnings: readonly Problem[] };

/**
 * Merges overrides and environment into the settings and checks every value, throwing nothing: environment
 * problems (`environment: \`SITE_URL\``) come first, then the settings' (named by `source`, the file they came
 * from). The environment's values replace the file's, but the file's are checked too: a deploy without the
 * override would use them.
 */
export function checkSite(base: SiteInput, overrides: Readonly<Record<string, unknown>>, env: Env, source: string): SiteCheck {
  const merged = mergeSettings(base as unknown as Record<string, unknown>, overrides);
  const warnings = unknownSettings(merged, source);
  const problems = [...checkDeployOverrides(env), ...checkSettings(merged, source)];
  if (problems.length > 0) return { ok: false, problems, warnings };

  if (env['SITE_URL']) merged['url'] = env['SITE_URL'];
  if (env['PATH_PREFIX'] !== undefined && env['PATH_PREFIX'] !== '') merged['pathPrefix'] = env['PATH_PREFIX'];
  if (env['SITE_TIME_ZONE']) merged['timeZone'] = env['SITE_TIME_ZONE'];
  // Checked above: every key of SiteInput holds a value of its type.
  const site = merged as unknown as SiteInput;
  const language = checkLanguage(site.language);
  return {
    ok: true,
    site: { ...site, url: site.url.replace(/\/+$/, ''), pathPrefix: normalizePathPrefix(site.pathPrefix), language: language.ok ? language.tag : site.language },
    warnings,
  };
}

/**
 * `checkSite`, throwing one ConfigError with every problem; the warnings are the caller's to print
 * (`buildOptionsFromEnv` hands them on as `BuildOptions.warnings`).
 */
export function resolveSiteWithWarnings(base: SiteInput, overrides: Readonly<Record<string, unknown>>, env: Env, source: string): { site: Site; warnings: readonly Problem[] } {
  const checked = checkSite(base, overrides, env, source);
  if (!checked.ok) throw new ConfigError('The site settings have problems:', checked.problems);
  return { site: checked.site, warnings: checked.warnings };
}

/** `resolveSiteWithWarnings` for callers that have nowhere to show warnings (tests, benches, sample content). */
export function resolveSite(base: SiteInput, overrides: Readonly<Record<string, unknown>>, env: Env, source: string): Site {
  return resolveSiteWithWarnings(base, overrides, env, source).site;
}
