/**
 * One build, as its data flows (issue #13):
 *
 *     load → index → plan → check collisions → images → write → feeds and sitemaps → search → finish → report
 *
 * Each stage is a named function taking what the stages before it made. The pure cores (normalizing posts,
 * collections, the page plan, feeds, sitemaps, collision rules) know nothing of files or of Eleventy; Eleventy is the
 * adapter that renders the owner's own templates (src/eleventy/owner-pages.ts) inside `plan`. Nothing is written
 * before the collision check; the build writes into the folder it is given (the build script's staging folder) and
 * throws on any problem, so the caller can leave the published site as it was.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Chrome } from '../../layouts/base.tsx';
import { buildCollections, type Collections } from '../collections/index.ts';
import { describeMerges } from '../collections/terms.ts';
import { type ContentSet, loadContent } from '../content/load.ts';
import type { SourceFile } from '../content/normalize.ts';
import type { Post } from '../content/schema.ts';
import { planHeaders } from '../deploy/headers.ts';
import { renderOwnerPages, type OwnerPage } from '../eleventy/owner-pages.ts';
import type { PageNavigation } from '../eleventy/navigation.ts';
import { templateCollections } from '../eleventy/template-data.ts';
import { ContentError, formatProblem, plural, type Problem, strictFailure } from '../errors.ts';
import { planFeeds, postsInFeeds } from '../feeds/plan.ts';
import { type CopiedFile, copySiteFiles } from '../files/copy-files.ts';
import { realRoot } from '../files/site-root.ts';
import { planIconFiles } from '../icons/plan.ts';
import { writeIcons } from '../icons/write.ts';
import { escapeHtml } from '../images/picture.ts';
import { layoutImages, SiteImages } from '../images/site-images.ts';
import { createMarkdown, type Markdown } from '../markdown/create-markdown.ts';
import { describeBodies } from '../markdown/sanitize-body.ts';
import { layoutOverridesInUse } from '../overrides/start.ts';
import { findCollisions } from '../pages/collisions.ts';
import { hasSearch, type PageSpec, planCopies, planPages } from '../pages/plan.ts';
import { chromeFor, createDrafter, feedBody, type RenderExtras, warnAboutBody } from '../pages/render.ts';
import { type Published, unchangedPage, writePages } from '../pages/write-pages.ts';
import { startSearchIndex } from '../search/indexer.ts';
import type { GeneratedFile } from '../seo/files.ts';
import { planNewsSitemap } from '../seo/news-sitemap.ts';
import { planRobots } from '../seo/robots.ts';
import { planSitemaps, sitemapEntries } from '../seo/sitemap.ts';
import { absoluteUrl, assetUrl } from '../urls/permalinks.ts';
import type { BuildOptions } from './options.ts';
import { BuildThreads } from './build-threads.ts';
import { bodyKey } from './body-cache.ts';
import { PageFingerprints } from './page-cache.ts';
import { validUntil } from './valid-until.ts';

/** Where the build says what it does: the console for the command line, a list in tests. */
export interface Reporter {
  readonly log: (line: string) => void;
  readonly warn: (problem: Problem) => void;
  /** A progress line (images encoding); `done` on the last. A terminal redraws it in place. */
  readonly progress?: (line: string, done: boolean) => void;
}

export const consoleReporter: Reporter = {
  log: (line) => console.log(`[broadsheet] ${line}`),
  warn: (problem) => console.warn(`[broadsheet] warning: ${formatProblem(problem)}`),
  progress: (line, done) => (process.stderr.isTTY ? process.stderr.write(`\r[broadsheet] ${line}\x1b[K${done ? '\n' : ''}`) : console.error(`[broadsheet] ${line}`)),
};

interface Stage {
  readonly options: BuildOptions;
  readonly reporter: Reporter;
  readonly md: Markdown;
  /** Worker threads normalizing posts and rendering story bodies, for a big site (src/build/build-threads.ts). */
  readonly threads: BuildThreads;
  /** The build's clock: BUILD_TIME, else when the build started; one instant for every stage. */
  readonly now: Date;
  /** The published folder and the pages found there unchanged, when the build is publishing incrementally. */
  readonly published: Published | undefined;
}

interface Indexed {
  readonly content: ContentSet;
  readonly collections: Collections;
}

interface Plan extends Indexed {
  readonly site: BuildOptions['site'];
  readonly pages: readonly PageSpec[];
  readonly ownerPages: readonly OwnerPage[];
  readonly files: ReadonlyArray<Omit<GeneratedFile, 'contentType'>>;
  /** Site files published as they are (`static/`, a Jekyll site's static files), and the theme's stylesheets. */
  readonly copies: readonly CopiedFile[];
  readonly chrome: Chrome;
  readonly search: boolean;
  readonly images: SiteImages;
  /** Filled as the story pages are written: the absolute URL of each story's link-preview image. */
  readonly linkPreviews: Map<Post, string>;
  /** Filled as the story pages are written: the feed copy of each body a full-text feed carries. */
  readonly feedSources: Map<Post, string>;
  /** Filled after the pages: full-text feed bodies, their images made publishable. */
  readonly feedBodies: Map<Post, string>;
}

/** What a finished build knows about its output beyond the files. */
export interface BuildOutcome {
  /** The first instant at which the same files would build differently (src/build/valid-until.ts); undefined: never. */
  readonly validUntil: Date | undefined;
  /** Pages the published folder already held (by fingerprint, or byte for byte), not written again. */
  readonly kept: ReadonlySet<string>;
  /** Every page's fingerprint, for the next incremental build; empty unless `options.incremental`. */
  readonly fingerprints: ReadonlyMap<string, string>;
}

export async function runBuild(options: BuildOptions, reporter: Reporter = consoleReporter): Promise<BuildOutcome> {
  const md = createMarkdown({ pathPrefix: options.site.pathPrefix });
  const threads = new BuildThreads({ site: options.site, md, rootReal: realRoot(options.root), ...(options.threads === undefined ? {} : { requested: options.threads }) });
  const now = options.buildTime ?? new Date();
  const publishedDir = options.incremental?.published;
  const published = publishedDir === undefined ? undefined : { dir: publishedDir, kept: new Set<string>() };
  const stage: Stage = { options, reporter, md, threads, now, published };
  try {
    const content = await load(stage);
    const indexed = index(stage, content);
    const plan = await planSite(stage, indexed);
    checkCollisions(plan);
    const logo = await readyImages(stage, plan);
    const search = options.site.search && plan.search ? startSearchIndex(options.site, options.output, plan.pages.filter((page) => page.kind === 'story').length, plan.images.lookup) : undefined;
    const { written, reused, fingerprints } = await writeSite(stage, plan, logo, search?.add);
    // The workers' memory is given back before the feeds, the search index and the images' last encodes.
    await threads.close();
    const files = await writeFeedsAndSitemaps(stage, plan);
    const searchLine = await search?.finish();
    const images = await finish(stage, plan);
    report(stage, { written, reused, files, copied: plan.content.staticFiles.length, owner: plan.ownerPages.length, searchLine, images });
    const { content: loaded, collections } = plan;
    return { validUntil: validUntil({ now, stories: collections.stories, nextPublication: loaded.nextPublication, readsClock: loaded.readsClock, site: options.site }), kept: published?.kept ?? new Set(), fingerprints: fingerprints?.next ?? new Map() };
  } finally {
    await threads.close();
  }
}

/** Every post read and checked, every problem at once; the settings' and posts' warnings printed (or, `--strict`, fatal). */
async function load({ options, reporter, md, threads, now }: Stage): Promise<ContentSet> {
  for (const warning of options.warnings) reporter.warn(warning);
  // The site's layout overrides were checked and put in place before the layouts were imported (src/cli/run.mjs).
  const overrides = layoutOverridesInUse();
  for (const warning of overrides?.warnings ?? []) reporter.warn(warning);
  if (overrides !== undefined && overrides.overrides.length > 0) reporter.log(`theme overrides: ${overrides.overrides.map((o) => o.name).join(', ')}`);
  const kept = options.incremental?.posts;
  const normalize = (sources: readonly SourceFile[]) => (kept === undefined ? threads.normalize(sources) : kept.normalize(sources, (missed) => threads.normalize(missed)));
  const content = await loadContent({ ...options, md, now, normalize });
  const strict = strictFailure(options.strict, [...options.warnings, ...(overrides?.warnings ?? []), ...content.warnings], 'the settings and posts');
  if (strict !== undefined) throw strict;
  for (const warning of content.warnings) reporter.warn(warning);
  reporter.log(describeLeftOut(content));
  if (threads.threads > 0) reporter.log(`posts and story bodies on ${plural(threads.threads, 'worker thread')}.`);
  return content;
}

export function describeLeftOut(content: Pick<ContentSet, 'posts' | 'leftOut'>): string {
  const { drafts, future } = content.leftOut;
  if (drafts + future === 0) return `${plural(content.posts.length, 'post')}.`;
  const reasons = [
    drafts > 0 ? `${plural(drafts, 'draft')} (build with --drafts to include)` : '',
    future > 0 ? `${future} dated in the future (build with --future to include)` : '',
  ].filter((reason) => reason !== '');
  return `${plural(content.posts.length, 'post')}; left out ${plural(drafts + future, 'post')}: ${reasons.join(', ')}.`;
}

/** The collections every page is made from, computed once. */
function index({ options, reporter, now }: Stage, content: ContentSet): Indexed {
  reporter.log(describeBodies(options.site.bodies));
  const collections = buildCollections(content.posts, options.site, now);
  for (const merge of [...describeMerges(collections.categories), ...describeMerges(collections.tags)]) reporter.log(`merged ${merge}`);
  return { content, collections };
}

/** Every output of the build, planned and not yet written; the owner's templates rendered by Eleventy into memory. */
async function planSite(stage: Stage, indexed: Indexed): Promise<Plan> {
  const { options, reporter, md } = stage;
  const { site } = options;
  const { content, collections } = indexed;
  const search = hasSearch(site, content.posts);
  const images = new SiteImages({ root: options.root, output: options.output, cacheDir: options.imageCache, pathPrefix: site.pathPrefix, settings: site.images, warn: reporter.warn, progress: reporter.progress });
  const chromeWith = (navigation: readonly PageNavigation[]): Chrome => chromeFor(site, collections, search, reporter.warn, content.theme, navigation);
  const owner = options.jekyll
    ? { pages: [], navigation: [], warnings: [] }
    : await renderOwnerPages({
        root: options.root,
        rootReal: realRoot(options.root),
        configPath: options.eleventyConfig,
        output: options.output,
        site,
        md,
        collections: templateCollections(collections, site),
        theme: content.theme,
        chrome: chromeWith,
        picture: async (src, alt, sizes, referrer) => images.pictures(`<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}"${sizes === undefined ? '' : ` sizes="${escapeHtml(sizes)}"`}>`, referrer, sizes),
      });
  const strict = strictFailure(options.strict, owner.warnings, 'the pages');
  if (strict !== undefined) throw strict;
  for (const warning of owner.warnings) reporter.warn(warning);
  const pages = planPages(content.posts, collections, site);
  const linkPreviews = new Map<Post, string>();
  const feedSources = new Map<Post, string>();
  const feedBodies = new Map<Post, string>();
  const files = [
    ...planFeeds(collections, site, {
      ...site.feeds,
      renderBody: (post) => feedBodies.get(post) ?? feedBody(post, md, site.bodies),
      // Known once the story pages are written (the pipeline names the crop by content); feeds render after them.
      leadImageUrl: (post) => linkPreviews.get(post),
    }),
    ...planSitemaps([...sitemapEntries(pages), ...owner.pages.filter((page) => page.sitemap).map((page) => ({ url: page.url }))], site),
    ...planNewsSitemap(collections.stories, site, stage.now, site.title),
    planRobots(site),
    planHeaders({ pathPrefix: site.pathPrefix, netlify: process.env['NETLIFY'] === 'true' }),
  ];
  return {
    ...indexed,
    site,
    pages,
    ownerPages: owner.pages,
    files,
    copies: [...content.staticFiles, ...content.theme.stylesheets],
    chrome: chromeWith(owner.navigation),
    search,
    images,
    linkPreviews,
    feedSources,
    feedBodies,
  };
}

/** No two outputs may write one file or answer one URL: the owner's pages and static files included. */
function checkCollisions(plan: Plan): void {
  const problems = findCollisions([...plan.pages, ...plan.ownerPages, ...plan.files, ...planIconFiles(plan.site), ...planCopies(plan.content.staticFiles)]);
  if (problems.length > 0) throw new ContentError(`${plural(problems.length, 'problem')} across the site; nothing was written:`, problems);
}

/**
 * Every image a layout shows, readied first (decoded once, or read from the cache), so layouts render `<picture>`s
 * at once and no page is parsed again; encoding goes on while pages are written. The site icon's favicon set and
 * web app manifest are made here too. Returns the publisher's logo.
 */
async function readyImages({ options, reporter }: Stage, plan: Plan) {
  const { site } = options;
  const icons = await writeIcons({ site, root: options.root, output: options.output, cacheDir: options.imageCache });
  const strict = strictFailure(options.strict, icons.warnings, 'the site icon');
  if (strict !== undefined) throw strict;
  for (const warning of icons.warnings) reporter.warn(warning);
  await plan.images.copySvgs();
  await plan.images.prepare(layoutImages(plan.collections));
  const logoFile = site.logo === undefined ? undefined : await plan.images.fallbackImage(site.logo.replace(/^\/+/, ''), 'the site settings (logo)', 600);
  return logoFile === undefined ? undefined : { url: absoluteUrl(site, assetUrl(`assets/images/${logoFile.fileName}`)), width: logoFile.width, height: logoFile.height };
}

/**
 * Stories, listings and the owner's pages, streamed to disk; each story handed to the search index as it is written.
 * Story bodies are rendered on worker threads for a large site (src/build/story-bodies.ts) while this thread lays
 * out and writes pages; their warnings are given in plan order, whichever body is done first.
 */
async function writeSite(
  { options, reporter, md, threads, published }: Stage,
  plan: Plan,
  logo: Awaited<ReturnType<typeof readyImages>>,
  onStory: ((post: Post, bodyHtml: string, position: number) => Promise<void>) | undefined,
): Promise<{ written: number; reused: number; fingerprints: PageFingerprints | undefined }> {
  const { site, output, incremental } = options;
  const { images } = plan;
  const drafter = createDrafter({ site, md, collections: plan.collections, warn: reporter.warn, search: plan.search, theme: plan.content.theme, chrome: plan.chrome, images: images.lookup });
  // An incremental build lays out only the pages whose drafts changed since the published copy was written.
  let reused = 0;
  const fingerprints = incremental === undefined ? undefined : new PageFingerprints(incremental.published, incremental.pages, [...plan.content.posts, plan.chrome], (value) => incremental.posts?.digestOf(value), incremental.publishedFiles);
  // A story's body stands in its fingerprint as the digest of what it is rendered from (the images it shows and the
  // settings are in the layout digest): no need to hash its HTML.
  const render = (page: PageSpec, extras?: RenderExtras): string | typeof unchangedPage => {
    const draft = drafter.draft(page, extras);
    const fingerprint = fingerprints?.fingerprint(page.outputPath, page.kind === 'story' ? { ...draft, props: { ...draft.props, bodyHtml: incremental?.bodies?.keyOf(page.post) ?? bodyKey(page.post) } } : draft);
    if (fingerprint === undefined || fingerprints?.unchanged(page.outputPath, fingerprint) !== true) return drafter.render(draft);
    if (incremental?.verify === true && incremental.published !== undefined) verifyUnchanged(path.join(incremental.published, page.outputPath), drafter.render(draft));
    reused++;
    return unchangedPage;
  };
  const storyPositions = new Map(plan.pages.filter((page) => page.kind === 'story').map((page, position) => [page, position]));
  const inFeeds = new Set(site.feeds.fullText ? postsInFeeds(plan.collections, site.feeds.limit) : []);
  let warned = Promise.resolve();
  const linkPreviewOf = async (post: Post): Promise<string | undefined> => {
    const src = post.image?.src;
    if (src === undefined) return undefined;
    const url = /^https?:\/\//i.test(src) ? src : await images.linkPreview(src.replace(/^\/+/, ''), post.sourcePath).then((fileName) => (fileName === undefined ? undefined : absoluteUrl(site, assetUrl(`assets/images/${fileName}`))));
    if (url !== undefined) plan.linkPreviews.set(post, url);
    return url;
  };
  const writeStory = async (page: Extract<PageSpec, { kind: 'story' }>): Promise<string | typeof unchangedPage> => {
    const { post } = page;
    const rendering = incremental?.bodies === undefined ? threads.renderBody(post) : incremental.bodies.body(post, () => threads.renderBody(post));
    const inTurn = (warned = warned.then(async () => warnAboutBody(post, await rendering, reporter.warn)));
    const body = await rendering;
    await inTurn;
    if (inFeeds.has(post)) plan.feedSources.set(post, body.feed);
    const bodyHtml = await images.pictures(body.page, post.sourcePath);
    await onStory?.(post, bodyHtml, storyPositions.get(page) ?? 0);
    return render(page, { linkPreview: await linkPreviewOf(post), logo, bodyHtml, opensWithExcerpt: body.opensWithExcerpt });
  };
  // More pages in flight when bodies come from workers, so the workers always have the next ones to render.
  const written = await writePages(plan.pages, output, (page) => (page.kind === 'story' ? writeStory(page) : render(page)), threads.threads > 0 ? 64 : 16, published);
  const owned = await writePages(plan.ownerPages, output, (page) => page.html, 16, published);
  await copySiteFiles([...plan.copies, ...(await generatorAssets(options.generatorDir))], output);
  return { written: written + owned, reused, fingerprints };
}

/** BROADSHEET_VERIFY_INCREMENTAL: a page its fingerprint called unchanged must render the bytes published. */
function verifyUnchanged(file: string, html: string): void {
  if (!readFileSync(file).equals(Buffer.from(html))) {
    throw new Error(`${file} was kept by its fingerprint, but its page now renders differently: an input of the page is missing from src/build/page-cache.ts.`);
  }
}

/** The generator's own stylesheet and scripts, published under `assets/css/` and `assets/js/` (reserved folders). */
async function generatorAssets(generatorDir: string): Promise<CopiedFile[]> {
  const folders = ['assets/css', 'assets/js'];
  const listed = await Promise.all(folders.map(async (folder) => (await readdir(path.join(generatorDir, folder), { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => `${folder}/${entry.name}`)));
  return listed.flat().map((file) => ({ sitePath: file, path: path.join(generatorDir, file), outputPath: file }));
}

/** Feeds (full text after the pages, their images made publishable), sitemaps, robots.txt and `_headers`. */
async function writeFeedsAndSitemaps({ options, md, published }: Stage, plan: Plan): Promise<number> {
  const { site } = options;
  if (site.feeds.fullText) {
    for (const post of postsInFeeds(plan.collections, site.feeds.limit)) {
      const source = plan.feedSources.get(post) ?? feedBody(post, md, site.bodies);
      plan.feedBodies.set(post, await plan.images.feedImages(source, post.sourcePath));
    }
  }
  return writePages(plan.files, options.output, (file) => file.render(), 16, published);
}

/** Waits for every image variant, prunes the cache; the images' warnings printed (or, `--strict`, fatal). */
async function finish({ options, reporter }: Stage, plan: Plan): Promise<string> {
  const { summary, describe } = await plan.images.finish();
  const strict = strictFailure(options.strict, summary.warnings, 'the images');
  if (strict !== undefined) throw strict;
  for (const warning of summary.warnings) reporter.warn(warning);
  return describe;
}

function report({ reporter }: Stage, done: { written: number; reused: number; files: number; copied: number; owner: number; searchLine: string | undefined; images: string }): void {
  const owner = done.owner > 0 ? ` (${plural(done.owner, 'page')} of pages/)` : '';
  const pages = done.reused === 0 ? `wrote ${plural(done.written, 'page')}${owner}` : `made ${plural(done.written, 'page')}${owner}, ${done.reused} of them unchanged since the last build and not laid out again,`;
  reporter.log(`${pages} and ${plural(done.files, 'other file')} (feeds, sitemaps, robots.txt, _headers)${done.copied > 0 ? `; copied ${plural(done.copied, 'static file')}` : ''}.`);
  reporter.log(done.images);
  if (done.searchLine !== undefined) reporter.log(done.searchLine);
}
