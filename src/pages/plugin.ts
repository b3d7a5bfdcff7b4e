/**
 * Eleventy adapter for pages: one virtual template per page kind, fed from the loaded content. Eleventy paginates
 * and writes; URLs come from the permalinks module; HTML comes from the TSX layouts.
 */
import { HomePage } from '../../layouts/home.tsx';
import { PageLayout } from '../../layouts/page.tsx';
import { PostPage } from '../../layouts/post.tsx';
import { renderDocument } from '../../layouts/render.ts';
import { listedPosts } from '../collections/posts.ts';
import type { ContentState } from '../content/plugin.ts';
import type { Post } from '../content/schema.ts';
import { createMarkdown } from '../markdown/create-markdown.ts';
import type { Site } from '../site.ts';
import type { EleventyConfig } from '../types/eleventy.ts';
import { findCollisions, type PlannedOutput } from './collisions.ts';
import { homeUrl, outputPathFor } from './permalinks.ts';

export interface PagesOptions {
  readonly site: Site;
  readonly state: ContentState;
}

/** Every file the pages plugin will write, for the collision check. */
export function plannedOutputs(posts: readonly Post[]): PlannedOutput[] {
  return [
    { url: homeUrl, outputPath: outputPathFor(homeUrl), source: 'the home page' },
    ...posts.map((post) => ({ url: post.url, outputPath: post.outputPath, source: post.sourcePath })),
  ];
}

export function pagesPlugin(config: EleventyConfig, options: PagesOptions): void {
  const { site, state } = options;
  const md = createMarkdown();
  const content = () => {
    if (state.current === undefined) throw new Error('Internal error: pages were rendered before content was loaded.');
    return state.current;
  };

  state.checks.push((loaded) => findCollisions(plannedOutputs(loaded.posts)));

  config.addGlobalData('broadsheet', () => content());

  config.addTemplate<{ post: Post }>('post.11ty.js', {
    data: {
      pagination: { data: 'broadsheet.posts', size: 1, alias: 'post' },
      permalink: (data: { post: Post }) => data.post.outputPath,
      eleventyExcludeFromCollections: true,
    },
    render: ({ post }) => {
      const bodyHtml = md.render(post.body);
      if (post.layout === 'post') return renderDocument(PostPage, { post, site, bodyHtml });
      return renderDocument(PageLayout, { post, site, bodyHtml, showTitle: post.layout === 'page' });
    },
  });

  config.addTemplate<Record<string, never>>('home.11ty.js', {
    data: { permalink: outputPathFor(homeUrl), eleventyExcludeFromCollections: true },
    render: () => renderDocument(HomePage, { site, posts: listedPosts(content().posts).slice(0, site.pageSize) }),
  });
}
