/**
 * Eleventy adapter for pages. Before a build: collections are computed and every page is planned, so a URL clash
 * stops the build before anything is written. At the end of the build: the pages are rendered and streamed to disk
 * by `writePages` (see its comment for why Eleventy does not hold them).
 */
import { buildCollections, type Collections } from '../collections/index.ts';
import { describeMerges } from '../collections/terms.ts';
import type { BuildState } from '../build/state.ts';
import { formatProblem, plural, type Problem } from '../errors.ts';
import type { ImageRequest } from '../images/service.ts';
import { createMarkdown } from '../markdown/create-markdown.ts';
import { describeBodies } from '../markdown/sanitize-body.ts';
import { planHeaders } from '../deploy/headers.ts';
import { planFeeds, postsInFeeds } from '../feeds/plan.ts';
import type { Site } from '../site.ts';
import type { EleventyConfig } from '../types/eleventy.ts';
import { type CopiedFile, copySiteFiles } from '../files/copy-files.ts';
import { findCollisions } from './collisions.ts';
import { absoluteUrl, assetUrl } from '../urls/permalinks.ts';
import type { Post } from '../content/schema.ts';
import { hasSearch, type PageSpec, planCopies, planPages } from './plan.ts';
import { createRenderer, feedBody, storyBody } from './render.ts';
import type { Theme } from '../theme/theme.ts';
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

/** Every site image a layout shows: each story's lead image (with its link-preview crop) and each author's avatar. */
export function layoutImages(collections: Pick<Collections, 'stories' | 'authors'>): ImageRequest[] {
  const isSiteImage = (src: string) => !/^https?:\/\//i.test(src) && !/\.svg$/i.test(src);
  return [
    ...collections.stories.flatMap((post) => (post.image !== undefined && isSiteImage(post.image.src) ? [{ sitePath: post.image.src.replace(/^\/+/, ''), referrer: post.sourcePath, og: true }] : [])),
    ...collections.authors.flatMap(({ author }) =>
      author.avatar !== undefined && isSiteImage(author.avatar) ? [{ sitePath: author.avatar.replace(/^\/+/, ''), referrer: `the site settings (authors.${author.slug}.avatar)` }] : [],
    ),
  ];
}

function remember<Key, Value>(map: Map<Key, Value>, key: Key, value: Value): Value {
  map.set(key, value);
  return value;
}

export function pagesPlugin(config: EleventyConfig, options: PagesOptions): void {
  const { site, state, output } = options;
  const md = createMarkdown({ pathPrefix: options.site.pathPrefix });
  let planned: { collections: Collections; pages: PageSpec[]; files: Array<Omit<GeneratedFile, 'contentType'>>; staticFiles: readonly CopiedFile[]; theme: Theme; search: boolean } | undefined;

  state.onLoad.push((content) => {
    console.log(`[broadsheet] ${describeBodies(site.bodies)}`);
    const collections = buildCollections(content.posts, site);
    for (const merge of [...describeMerges(collections.categories), ...describeMerges(collections.tags)]) console.log(`[broadsheet] merged ${merge}`);
    const pages = planPages(content.posts, collections, site);
    const files = [
      ...planFeeds(collections, site, {
        ...site.feeds,
        // Full text is rendered (and its images made publishable) after the pages, before the feeds are written.
        renderBody: (post) => feedBodies.get(post) ?? feedBody(post, md, site.bodies),
        // Known once the story pages are written (the pipeline names the crop by content); feeds render after them.
        leadImageUrl: (post) => linkPreviews.get(post),
      }),
      ...planSitemaps(sitemapEntries(pages), site),
      ...planNewsSitemap(collections.stories, site, options.buildTime ?? new Date(), site.title),
      planRobots(site),
      planHeaders({ pathPrefix: site.pathPrefix, netlify: process.env['NETLIFY'] === 'true' }),
    ];
    planned = { collections, pages, files, staticFiles: content.staticFiles, theme: content.theme, search: hasSearch(site, content.posts) };
    // Files of static/ and a Jekyll site's static files are published as they are, and must not clash with anything we write.
    return findCollisions([...pages, ...files, ...planCopies(content.staticFiles)]);
  });

  const warn = (problem: Problem) => console.warn(`[broadsheet] warning: ${formatProblem(problem)}`);

  /** Full-text feed bodies, whose images the pipeline rewrites (asynchronously) to files it publishes. */
  const feedBodies = new Map<Post, string>();
  const renderFeedBodies = async (collections: Collections): Promise<void> => {
    feedBodies.clear();
    if (!site.feeds.fullText) return;
    for (const post of postsInFeeds(collections, site.feeds.limit)) {
      const html = feedBody(post, md, site.bodies);
      feedBodies.set(post, state.images === undefined ? html : await state.images.feedImages(html, post.sourcePath));
    }
  };

  /** The absolute URL of a story's link-preview image: the pipeline's 1200x630 crop, or a remote lead image. */
  const linkPreviews = new Map<Post, string>();
  const linkPreviewOf = async (post: Post): Promise<string | undefined> => {
    const src = post.image?.src;
    if (src === undefined) return undefined;
    if (/^https?:\/\//i.test(src)) return remember(linkPreviews, post, src);
    const fileName = await state.images?.linkPreview(src.replace(/^\/+/, ''), post.sourcePath);
    return fileName === undefined ? undefined : remember(linkPreviews, post, absoluteUrl(site, assetUrl(`assets/images/${fileName}`)));
  };

  config.on('eleventy.after', async () => {
    if (planned === undefined) throw new Error('Internal error: pages were written before they were planned.');
    linkPreviews.clear();
    const { collections } = planned;
    const images = state.images;
    // Every image a layout shows is readied first (decoded once, or read from the cache), so layouts render
    // `<picture>`s at once and no page is parsed again; encoding goes on while pages are written.
    await images?.prepare(layoutImages(collections));
    const logoFile = site.logo === undefined ? undefined : await images?.fallbackImage(site.logo.replace(/^\/+/, ''), 'the site settings (logo)', 600);
    const logo = logoFile === undefined ? undefined : { url: absoluteUrl(site, assetUrl(`assets/images/${logoFile.fileName}`)), width: logoFile.width, height: logoFile.height };
    const render = createRenderer({ site, md, collections, warn, search: planned.search, theme: planned.theme, ...(images === undefined ? {} : { images: images.lookup }) });
    const storyPositions = new Map(planned.pages.filter((page) => page.kind === 'story').map((page, position) => [page, position]));
    const written = await writePages(planned.pages, output, async (page) => {
      if (page.kind !== 'story') return render(page);
      const body = storyBody(page.post, md, warn, site.bodies);
      const bodyHtml = images === undefined ? body : await images.pictures(body, page.post.sourcePath);
      for (const hook of state.onStory) await hook(page.post, bodyHtml, storyPositions.get(page) ?? 0);
      return render(page, { linkPreview: await linkPreviewOf(page.post), logo, bodyHtml });
    });
    await renderFeedBodies(collections);
    const files = await writePages(planned.files, output, (file) => file.render());
    const copied = await copySiteFiles(planned.staticFiles, output);
    // The site's own stylesheets, in the generator's reserved assets/css/ (so nothing of the site's can clash).
    await copySiteFiles(planned.theme.stylesheets, output);
    console.log(`[broadsheet] wrote ${plural(written, 'page')} and ${plural(files, 'other file')} (feeds, sitemaps, robots.txt, _headers)${copied > 0 ? `; copied ${plural(copied, 'static file')}` : ''}.`);
    for (const hook of state.afterWrite) await hook();
  });
}
