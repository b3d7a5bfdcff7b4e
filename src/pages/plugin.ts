/**
 * Eleventy adapter for pages: listings are virtual templates fed from the loaded content; story pages are streamed
 * to disk by `writePages` at the end of the same build. URLs come from the permalinks module, HTML from the TSX
 * layouts.
 */
import { HomePage } from '../../layouts/home.tsx';
import { PageLayout } from '../../layouts/page.tsx';
import { PostPage } from '../../layouts/post.tsx';
import { renderDocument } from '../../layouts/render.ts';
import { listedPosts } from '../collections/posts.ts';
import type { ContentState } from '../content/plugin.ts';
import type { Post } from '../content/schema.ts';
import { plural } from '../errors.ts';
import { createMarkdown, type Markdown } from '../markdown/create-markdown.ts';
import type { Site } from '../site.ts';
import type { EleventyConfig } from '../types/eleventy.ts';
import { findCollisions, type PlannedOutput } from './collisions.ts';
import { homeUrl, outputPathFor } from './permalinks.ts';
import { writePages } from './write-pages.ts';

export interface PagesOptions {
  readonly site: Site;
  readonly state: ContentState;
  /** The folder this build writes to. */
  readonly output: string;
}

/** A story's page: the `post` layout, or `page` / `default` for standalone pages. */
export function renderStory(post: Post, site: Site, md: Markdown): string {
  const bodyHtml = md.render(post.body);
  if (post.layout === 'post') return renderDocument(PostPage, { post, site, bodyHtml });
  return renderDocument(PageLayout, { post, site, bodyHtml, showTitle: post.layout === 'page' });
}

/** Every file the pages plugin will write, for the collision check. */
export function plannedOutputs(posts: readonly Post[]): PlannedOutput[] {
  return [
    { url: homeUrl, outputPath: outputPathFor(homeUrl), source: 'the home page' },
    ...posts.map((post) => ({ url: post.url, outputPath: post.outputPath, source: post.sourcePath })),
  ];
}

export function pagesPlugin(config: EleventyConfig, options: PagesOptions): void {
  const { site, state, output } = options;
  const md = createMarkdown();
  const content = () => {
    if (state.current === undefined) throw new Error('Internal error: pages were rendered before content was loaded.');
    return state.current;
  };

  state.checks.push((loaded) => findCollisions(plannedOutputs(loaded.posts)));

  config.addGlobalData('broadsheet', () => content());

  // Story pages are written by writePages (see its comment for why not by Eleventy), after Eleventy's own pages.
  config.on('eleventy.after', async () => {
    const written = await writePages(content().posts, output, (post) => renderStory(post, site, md));
    console.log(`[broadsheet] wrote ${plural(written, 'story page')}.`);
  });

  config.addTemplate<Record<string, never>>('home.11ty.js', {
    data: { permalink: outputPathFor(homeUrl), eleventyExcludeFromCollections: true },
    render: () => renderDocument(HomePage, { site, posts: listedPosts(content().posts).slice(0, site.pageSize) }),
  });
}
