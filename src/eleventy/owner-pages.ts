/**
 * Eleventy, as the adapter that renders the owner's own pages (issue #13). Everything the Eleventy docs promise for
 * templates holds in `pages/`: any template language, front matter, directory and global data (`_data/` at the
 * site's root), layouts and includes (`pages/_includes/`), pagination, permalinks. Broadsheet adds what a news
 * site's pages need: `site` (the settings), `collections.posts|categories|tags|authors` (src/eleventy/template-data.ts),
 * filters and shortcodes for stories' dates and images, and the layout `page`, which puts a page inside the site's
 * masthead, footer, meta and theme.
 *
 * Eleventy renders into memory (`toJSON`); the build writes the pages after the URL-collision check, with everything
 * else. A site without `pages/` does not start Eleventy at all.
 */
import path from 'node:path';
import type Eleventy from '@11ty/eleventy';
import type { Chrome } from '../../layouts/base.tsx';
import { formatInZone, isoInZone } from '../content/dates.ts';
import { showDate } from '../content/shown-date.ts';
import { ContentError, plural, type Problem } from '../errors.ts';
import type { Markdown } from '../markdown/create-markdown.ts';
import { renderOwnerPage } from '../pages/render.ts';
import type { Site } from '../site.ts';
import type { Theme } from '../theme/theme.ts';
import type { EleventyConfig } from '../types/eleventy.ts';
import { absoluteUrl, href } from '../urls/permalinks.ts';
import { dataFolder, findPageFiles, includesFolder, pagesFolder } from './page-files.ts';
import { type PageNavigation, readPageNavigation } from './navigation.ts';
import { storiesIn, type StoryItem, type TemplateCollections } from './template-data.ts';

export interface OwnerPagesInput {
  readonly root: string;
  readonly rootReal: string;
  /** The generator's `.eleventy.ts`: the template languages, and whatever the owner added there. */
  readonly configPath: string;
  /** Where the build writes; Eleventy's output paths are made relative to it. */
  readonly output: string;
  readonly site: Site;
  readonly md: Markdown;
  readonly collections: TemplateCollections;
  readonly theme: Theme;
  /** The chrome every page shares, given the pages that join the menus; made once, when the first page needs it. */
  readonly chrome: (navigation: readonly PageNavigation[]) => Chrome;
  /** A `<picture>` for a site image through the image pipeline; `referrer` names the template. */
  readonly picture: (src: string, alt: string, sizes: string | undefined, referrer: string) => Promise<string>;
}

export interface OwnerPage {
  readonly url: string;
  /** Relative to the output folder. */
  readonly outputPath: string;
  /** The template, from the site root: `pages/about.njk`. */
  readonly source: string;
  readonly html: string;
  /** An HTML page not opted out with `sitemap: false`. */
  readonly sitemap: boolean;
}

export interface OwnerPages {
  readonly pages: readonly OwnerPage[];
  readonly navigation: readonly PageNavigation[];
  readonly warnings: readonly Problem[];
}

/** The layout Broadsheet gives every template (`layout: page`, or `layout: broadsheet/page`); the owner's own `_includes/page.*` wins the short name. */
export const pageLayout = 'page';

interface Captured {
  readonly inputPath: string;
  readonly url: string;
  readonly data: Readonly<Record<string, unknown>>;
}

const sitePathOf = (inputPath: string, rootReal: string): string => path.relative(rootReal, path.resolve(inputPath)).split(path.sep).join('/');

export async function renderOwnerPages(input: OwnerPagesInput): Promise<OwnerPages> {
  const files = await findPageFiles(input.rootReal);
  if (files.problems.length > 0) throw new ContentError(`${plural(files.problems.length, 'problem')} in ${pagesFolder}/; nothing was written:`, files.problems);
  if (files.templates.length === 0) return { pages: [], navigation: [], warnings: files.warnings };
  // Eleventy is loaded only for a site with pages of its own: loading it takes a third of a second (issue #14).
  const { default: EleventyClass } = await import('@11ty/eleventy');

  const captured: Captured[] = [];
  const problems: Problem[] = [];
  let navigation: PageNavigation[] | undefined;
  let chrome: Chrome | undefined;
  const navigationOf = (): PageNavigation[] => {
    if (navigation !== undefined) return navigation;
    navigation = [];
    for (const page of captured) {
      const read = readPageNavigation(page.data['eleventyNavigation'], page.url, sitePathOf(page.inputPath, input.rootReal));
      problems.push(...read.problems);
      if (read.entry !== undefined) navigation.push(read.entry);
    }
    return navigation;
  };
  const chromeOf = (): Chrome => (chrome ??= input.chrome(navigationOf()));

  // Eleventy finds directory data files only when its input is named relative to the working folder.
  const pagesDir = path.relative(process.cwd(), path.join(input.rootReal, pagesFolder)) || '.';
  const eleventy = new EleventyClass(pagesDir, input.output, {
    configPath: input.configPath,
    quietMode: true,
    source: 'script',
    runMode: 'build',
    pathPrefix: input.site.pathPrefix,
    config: (config: EleventyConfig) => {
      // Where Eleventy users keep them: global data at the site's root, layouts and includes in pages/_includes/.
      config.setDataDirectory(path.posix.join('..', dataFolder));
      config.setIncludesDirectory(includesFolder);
      config.addPlugin(broadsheetData, { ...input, captured, chrome: chromeOf, ownPageLayout: files.includes.some(isPageLayout) });
    },
  });
  eleventy.disableLogger();
  let results: Awaited<ReturnType<Eleventy['toJSON']>>;
  try {
    results = await eleventy.toJSON();
  } catch (error) {
    throw new ContentError('A template in pages/ could not be rendered; nothing was written:', [templateProblem(error, files.templates.map((file) => file.sitePath))]);
  }
  navigationOf();
  if (problems.length > 0) throw new ContentError(`${plural(problems.length, 'problem')} in ${pagesFolder}/; nothing was written:`, problems);
  const data = new Map(captured.map((page) => [path.resolve(page.inputPath), page.data]));
  const pages = results.flatMap((result): OwnerPage[] => {
    if (typeof result.url !== 'string' || typeof result.outputPath !== 'string') return [];
    const outputPath = path.relative(input.output, result.outputPath).split(path.sep).join('/');
    const html = outputPath.endsWith('.html');
    return [{ url: result.url, outputPath, source: sitePathOf(result.inputPath, input.rootReal), html: result.content, sitemap: html && data.get(path.resolve(result.inputPath))?.['sitemap'] !== false }];
  });
  return { pages, navigation: navigationOf(), warnings: files.warnings };
}

type DataOptions = OwnerPagesInput & { captured: Captured[]; chrome: () => Chrome; ownPageLayout: boolean };

/** The owner's own `pages/_includes/page.*`, which replaces Broadsheet's `page` (still there as `broadsheet/page`). */
const isPageLayout = (file: { sitePath: string }): boolean => /^page\.[^/]+$/.test(path.posix.relative(`${pagesFolder}/${includesFolder}`, file.sitePath));

/** Broadsheet's data, filters, shortcodes and layout, for one build's templates. */
function broadsheetData(config: EleventyConfig, options: DataOptions): void {
  const { site, collections } = options;
  config.setLibrary('md', options.md);
  config.addGlobalData('site', site);
  config.addCollection('posts', () => collections.posts);
  config.addCollection('categories', () => collections.categories);
  config.addCollection('tags', () => collections.tags);
  config.addCollection('authors', () => collections.authors);
  // Every page's data, once Eleventy has it (before anything is rendered): menus and the sitemap read it.
  config.addCollection('_broadsheetPages', (api) => {
    options.captured.length = 0;
    for (const item of api.getAll()) options.captured.push({ inputPath: item.inputPath, url: item.url, data: item.data });
    return [];
  });

  // Without a pattern, as the site's own pages show dates (with the zone); with one, exactly that pattern.
  config.addFilter('siteDate', (date: unknown, pattern?: string) => (pattern === undefined ? showDate(asDate(date), site) : formatInZone(asDate(date), site.timeZone, pattern)));
  config.addFilter('isoDate', (date: unknown) => isoInZone(asDate(date), site.timeZone));
  config.addFilter('absoluteUrl', (url: string) => absoluteUrl(site, url));
  config.addFilter('inCategory', (stories: readonly StoryItem[], name: string) => storiesIn(stories, 'categories', name));
  config.addFilter('inTag', (stories: readonly StoryItem[], name: string) => storiesIn(stories, 'tags', name));
  config.addFilter('byAuthor', (stories: readonly StoryItem[], name: string) => storiesIn(stories, 'author', name));
  config.addFilter('head', (list: readonly unknown[], count: number) => (Array.isArray(list) ? list.slice(0, Math.max(0, Math.trunc(count))) : []));
  config.addAsyncShortcode('picture', async function (this: { page?: { inputPath?: string } }, src: string, alt: string, sizes?: string) {
    const referrer = sitePathOf(this.page?.inputPath ?? pagesFolder, options.rootReal);
    return options.picture(imageHref(site, src), alt ?? '', sizes, referrer);
  });

  const layout = {
    render: (data: { title?: unknown; description?: unknown; content: string; page: { url: string } }) =>
      renderOwnerPage(options.chrome(), options.theme, {
        title: typeof data.title === 'string' ? data.title : '',
        description: typeof data.description === 'string' ? data.description : site.description,
        url: data.page.url,
        content: data.content,
      }),
  };
  config.addTemplate(`${includesFolder}/broadsheet/${pageLayout}.11ty.js`, layout);
  if (!options.ownPageLayout) config.addTemplate(`${includesFolder}/${pageLayout}.11ty.js`, layout);
}

/** A site image as the pipeline knows it: `assets/images/x.jpg`, `/assets/images/x.jpg` → `/news/assets/images/x.jpg`. */
function imageHref(site: Site, src: string): string {
  const text = String(src ?? '');
  if (/^[a-z]+:/i.test(text) || text.startsWith('//') || text.startsWith(site.pathPrefix)) return text;
  return href(site, `/${text.replace(/^\/+/, '')}`);
}

function asDate(value: unknown): Date {
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? new Date(0) : date;
}

/** Eleventy's error, as the owner can act on it: the template it names (the first of `templates` it mentions), and the innermost message. */
function templateProblem(error: unknown, templates: readonly string[]): Problem {
  let inner = error as { message?: string; originalError?: unknown; cause?: unknown };
  const messages: string[] = [];
  for (let depth = 0; inner !== undefined && inner !== null && depth < 8; depth++) {
    if (typeof inner.message === 'string') messages.push(inner.message);
    inner = (inner.originalError ?? inner.cause) as typeof inner;
  }
  const file = templates.find((template) => messages.some((message) => message.includes(template))) ?? pagesFolder;
  // Eleventy names the template by its path from the working folder; the problem names it from the site.
  const message = (messages.at(-1) ?? String(error)).replace(/\((?:\.{1,2}\/)*[^()]*\)\s*/, '').replace(/\s+/g, ' ').trim();
  return { file, message: `could not be rendered: ${message}`, fix: "Fix the template where the message points; Eleventy's documentation has each template language's syntax." };
}
