/**
 * Every collection a build needs, computed once from the built posts (issue #3): the listed stories, sections,
 * tags, authors, archives, the front page, breaking news, neighbours and related stories. Pure: the build's clock
 * is an argument (the front page's lead and breaking news change with it, issue #15); `npm run bench` times it alone.
 */
import type { Post } from '../content/schema.ts';
import type { Site } from '../site.ts';
import { type ArchiveGroup, indexArchives } from './archives.ts';
import { type AuthorGroup, indexAuthors } from './authors.ts';
import { planBreaking } from './breaking.ts';
import { type FrontPage, planFrontPage } from './front-page.ts';
import { type Neighbours, neighboursInFirstCategory } from './neighbours.ts';
import { listedPosts } from './posts.ts';
import { defaultRelatedOptions, relatedPosts } from './related.ts';
import { indexTerms, type TermIndex } from './terms.ts';

export interface Collections {
  /** Stories that appear in listings (not `layout: page`), newest first. */
  readonly stories: readonly Post[];
  readonly categories: TermIndex;
  readonly tags: TermIndex;
  readonly authors: readonly AuthorGroup[];
  readonly archives: readonly ArchiveGroup[];
  readonly front: FrontPage;
  /** The stories breaking at the build's clock, newest first (src/collections/breaking.ts): every page shows them. */
  readonly breaking: readonly Post[];
  readonly neighbours: ReadonlyMap<Post, Neighbours>;
  readonly related: ReadonlyMap<Post, readonly Post[]>;
}

/** `posts` newest first, as `loadContent` returns them; `now` the build's clock (BUILD_TIME, else when it started). */
export function buildCollections(posts: readonly Post[], site: Site, now: Date): Collections {
  const stories = listedPosts(posts);
  const categories = indexTerms(stories, 'category');
  return {
    stories,
    categories,
    tags: indexTerms(stories, 'tag'),
    authors: indexAuthors(stories),
    archives: indexArchives(stories, site.timeZone),
    front: planFrontPage(stories, categories, site.frontPage, now),
    breaking: planBreaking(stories, now, site.breaking.hours),
    neighbours: neighboursInFirstCategory(stories, categories),
    related: relatedPosts(stories, { ...defaultRelatedOptions(), count: site.relatedCount }),
  };
}
