/**
 * Eleventy adapter for pages. Before a build: collections are computed and every page is planned, so a URL clash
 * stops the build before anything is written. At the end of the build: the pages are rendered and streamed to disk
 * by `writePages` (see its comment for why Eleventy does not hold them).
 */
import { buildCollections, type Collections } from '../collections/index.ts';
import { describeMerges } from '../collections/terms.ts';
import type { BuildState } from '../build/state.ts';
import { formatProblem, plural } from '../errors.ts';
import { createMarkdown, renderBody } from '../markdown/create-markdown.ts';
import { planHeaders } from '../deploy/headers.ts';
import { planFeeds } from '../feeds/plan.ts';
import type { Site } from '../site.ts';
import type { EleventyConfig } from '../types/eleventy.ts';
import { findCollisions } from './collisions.ts';
import { absoluteUrl, assetUrl } from './permalinks.ts';
import type { Post } from '../content/schema.ts';
import { type PageSpec, planPages } from './plan.ts';
import { createRenderer } from './render.ts';
import type { GeneratedFile } from '../seo/files.ts';
import { planNewsSitemap } from '../seo/news-sitemap.ts';
import { planRobots } from '../seo/robots.ts';
import { planSitemaps, sitemapEntries } from '../seo/sitemap.ts';
import { writePages } from './write-pages.ts';

export interface PagesOptions {
  readonly site: Site;
  /** The build's clock (BUILD_TIME), for the news sitemap's 48-hour window; unset means now. */
  readonly buildTime?: Date;
  readonly state: BuildState;
  /** The folder this build writes to. */
  readonly output: string;
}

export function pagesPlugin(config: EleventyConfig, options: PagesOptions): void {
  const { site, state, output } = options;
  const md = createMarkdown({ pathPrefix: options.site.pathPrefix });
  let planned: { collections: Collections; pages: PageSpec[]; files: Array<Omit<GeneratedFile, 'contentType'>> } | undefined;

  state.onLoad.push((content) => {
    const collections = buildCollections(content.posts, site);
    for (const merge of [...describeMerges(collections.categories), ...describeMerges(collections.tags)]) console.log(`[broadsheet] merged ${merge}`);
    const pages = planPages(content.posts, collections, site);
    const files = [
      ...planFeeds(collections, site, {
        ...site.feeds,
        renderBody: (post) => renderBody(md, post.body).html,
        // Known once the story pages are written (the pipeline names the crop by content); feeds render after them.
        leadImageUrl: (post) => linkPreviews.get(post),
      }),
      ...planSitemaps(sitemapEntries(pages), site),
      ...planNewsSitemap(collections.stories, site, options.buildTime ?? new Date(), site.title),
      planRobots(site),
      planHeaders({ pathPrefix: site.pathPrefix, netlify: process.env['NETLIFY'] === 'true' }),
    ];
    planned = { collections, pages, files };
    return findCollisions([...pages, ...files]);
  });

  /** The absolute URL of a story's link-preview image: the pipeline's 1200x630 crop, or a remote lead image. */
  const linkPreviews = new Map<Post, string>();
  const linkPreviewOf = async (post: Post): Promise<string | undefined> => {
    const src = post.image?.src;
    if (src === undefined) return undefined;
    const fileName = /^https?:\/\//i.test(src) ? undefined : await state.linkPreview?.(src.replace(/^\/+/, ''), post.sourcePath);
    const url = /^https?:\/\//i.test(src) ? src : fileName === undefined ? undefined : absoluteUrl(site, assetUrl(`assets/images/${fileName}`));
    if (url !== undefined) linkPreviews.set(post, url);
    return url;
  };

  config.on('eleventy.after', async () => {
    if (planned === undefined) throw new Error('Internal error: pages were written before they were planned.');
    linkPreviews.clear();
    const logoFile = site.logo === undefined ? undefined : await state.fallbackImage?.(site.logo.replace(/^\/+/, ''), 'the site settings (logo)', 600);
    const logo = logoFile === undefined ? undefined : { url: absoluteUrl(site, assetUrl(`assets/images/${logoFile.fileName}`)), width: logoFile.width, height: logoFile.height };
    const render = createRenderer({ site, md, collections: planned.collections, warn: (problem) => console.warn(`[broadsheet] warning: ${formatProblem(problem)}`) });
    const written = await writePages(planned.pages, output, async (page) => {
      let html = render(page, { linkPreview: page.kind === 'story' ? await linkPreviewOf(page.post) : undefined, logo });
      for (const transform of state.transforms) html = await transform(html, page);
      return html;
    });
    const files = await writePages(planned.files, output, (file) => file.render());
    console.log(`[broadsheet] wrote ${plural(written, 'page')} and ${plural(files, 'other file')} (feeds, sitemaps, robots.txt, _headers).`);
    for (const hook of state.afterWrite) await hook();
  });
}
