/**
 * The Liquid stage (issue #12): Liquid runs over each built post's body, and over its excerpt, before markdown, as
 * Jekyll 4 runs it, with `site`, `page`, `_includes/` and `_data/`. A post with `render_with_liquid: false` (or a
 * site with `bodies.liquid: false`) keeps its body as written; a body without `{{` or `{%` has nothing for Liquid
 * to do and is not parsed. Every error is collected, naming the file and line, and stops the build, as in Jekyll.
 */
import type { Post } from '../content/schema.ts';
import { excerptFromSource, excerptSource } from '../content/excerpt.ts';
import { readingMinutes } from '../content/reading-time.ts';
import type { Problem } from '../errors.ts';
import type { WalkedFile } from '../files/walk.ts';
import type { Markdown } from '../markdown/create-markdown.ts';
import type { Site } from '../site.ts';
import { closeOpenBlocks } from './excerpt-blocks.ts';
import { linkLookup, postUrlLookup, relativeReader } from './lookups.ts';
import { readIncludes, readSiteData } from './site-files.ts';
import { baseUrlOf, liquidVariables } from './variables.ts';

export interface LiquidStageInput {
  readonly rootReal: string;
  readonly site: Site;
  readonly md: Markdown;
  /** The posts being built, newest first. */
  readonly posts: readonly Post[];
  /** Files published as they are (a Jekyll site's), for `{% link %}`. */
  readonly staticFiles: readonly WalkedFile[];
  /** The build's clock: `site.time`. */
  readonly time: Date;
  /** A Jekyll site's `_config.yml` as written, for its own `site.*` keys. */
  readonly config?: Readonly<Record<string, unknown>>;
}

export interface LiquidStageResult {
  readonly posts: readonly Post[];
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
  /** A template read the clock (`site.time`, a `'now' | date`): the output changes as time passes. */
  readonly readsClock: boolean;
}

const readsTheDate = /["'](now|today)["']\s*\|\s*date\b/;

const hasLiquid = (text: string): boolean => text.includes('{{') || text.includes('{%');

/** The excerpt is cut from the body, so a body without Liquid has none in its excerpt either. */
const wantsLiquid = (post: Post): boolean => post.renderWithLiquid && hasLiquid(post.body);

export async function renderLiquid(input: LiquidStageInput): Promise<LiquidStageResult> {
  if (!input.posts.some(wantsLiquid)) return { posts: input.posts, problems: [], warnings: [], readsClock: false };
  // liquidjs is loaded only for a site whose posts use Liquid: most never do, and it costs start-up time (issue #14).
  const [{ createJekyllLiquid }, { liquidProblem }] = await Promise.all([import('./engine.ts'), import('./problems.ts')]);
  const [includes, data] = await Promise.all([readIncludes(input.rootReal), readSiteData(input.rootReal)]);
  const problems: Problem[] = [...includes.problems, ...data.problems];
  const warnings: Problem[] = [...includes.warnings, ...data.warnings];
  if (problems.length > 0) return { posts: input.posts, problems, warnings, readsClock: false };

  const { site, md } = input;
  const baseUrl = baseUrlOf(site);
  const linkedPages = new Set<string>();
  let readsClock = false;
  const variables = liquidVariables({ site, posts: input.posts, data: data.value, time: input.time, onClock: () => (readsClock = true), ...(input.config === undefined ? {} : { config: input.config }) });
  const liquid = createJekyllLiquid({
    site,
    md,
    includes: includes.value,
    tags: {
      postUrl: postUrlLookup(input.posts, baseUrl),
      link: linkLookup({
        posts: input.posts, staticFiles: input.staticFiles, baseUrl, rootReal: input.rootReal, permalink: site.permalink,
        warnPage: (sitePath) => linkedPages.add(sitePath),
      }),
      readRelative: relativeReader(input.rootReal),
    },
  });
  const jekyll = { version: '4.3.1', environment: 'production' };

  const posts = input.posts.map((post): Post => {
    if (!wantsLiquid(post)) return post;
    const scope = { site: variables.site, page: variables.pages.get(post.sourcePath), jekyll };
    const render = (source: string, part: 'body' | 'excerpt'): string | undefined => {
      if (!hasLiquid(source)) return source;
      try {
        return liquid.parseAndRenderSync(source, scope);
      } catch (error) {
        problems.push(liquidProblem(error, post.sourcePath, post.bodyLine, part));
        return undefined;
      }
    };
    // liquidjs's `date` filter reads the clock itself for `'now'` and `'today'`.
    if (readsTheDate.test(post.body)) readsClock = true;
    const body = render(post.body, 'body');
    if (body === undefined) return post;
    let { excerpt } = post;
    if (post.excerptSeparator !== undefined) {
      const closed: string[] = [];
      const head = excerptSource(post.body, post.excerptSeparator, (cut) => {
        const mended = closeOpenBlocks(cut);
        closed.push(...mended.closed);
        return mended.source;
      });
      if (closed.length > 0) {
        warnings.push({
          file: post.sourcePath,
          field: 'excerpt',
          message: `is cut by the excerpt separator inside a Liquid block; ${closed.map((tag) => `{% ${tag} %}`).join(', ')} was added to close it, as Jekyll does.`,
          fix: 'Give the post an `excerpt:` or an `excerpt_separator:` if the excerpt is not what you want.',
        });
      }
      if (head !== undefined && hasLiquid(head)) {
        const rendered = render(head, 'excerpt');
        if (rendered === undefined) return post;
        excerpt = excerptFromSource(md, rendered);
      }
    }
    return {
      ...post,
      body,
      excerpt,
      // The meta description follows the excerpt unless front matter gave one.
      description: post.description === post.excerpt.text ? excerpt.text : post.description,
      readingMinutes: readingMinutes(body),
    };
  });
  for (const page of linkedPages) {
    warnings.push({ file: page, message: 'is linked to with {% link %}, but Jekyll pages are not built yet; the link has the URL Jekyll gives the page.', fix: 'Publish the page another way, or link elsewhere.' });
  }
  return { posts, problems, warnings, readsClock };
}
