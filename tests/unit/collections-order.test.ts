/**
 * Listings are sorted newest first once, equal instants by URL (issue #3), so two builds that read the same posts
 * in a different order (file systems list folders in no fixed order) plan the same pages and list the same
 * stories in the same order everywhere.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCollections } from '../../src/collections/index.ts';
import { newestFirst } from '../../src/collections/posts.ts';
import type { Post } from '../../src/content/schema.ts';
import { planPages } from '../../src/pages/plan.ts';
import { markdown, postFrom, siteIn } from './support.ts';

const site = siteIn('UTC', { pageSize: 2, relatedCount: 3, frontPage: { latest: 2, sections: 2, perSection: 2, featuredHours: 48 } });
/** The build's clock while `beta` is still featured (27 hours on), so the lead is one of four stories of one instant. */
const now = new Date('2025-10-03T12:00:00Z');

/** Four stories published at the same instant, across sections, tags and authors, among others. */
const sameInstant = '2025-10-02T09:00:00Z';
const posts: Post[] = [
  ['2025-10-03-later', 'date: 2025-10-03T08:00:00Z', 'categories: [World]', 'tags: [trade]', 'author: lchen'],
  ['zeta', `date: ${sameInstant}`, 'categories: [World]', 'tags: [trade, chips]', 'author: badely'],
  ['alpha', `date: ${sameInstant}`, 'categories: [World, Science]', 'tags: [chips]', 'author: lchen'],
  ['mid', `date: ${sameInstant}`, 'categories: [Science]', 'tags: [trade]', 'author: badely'],
  ['beta', `date: ${sameInstant}`, 'categories: [World]', 'tags: [chips, trade]', 'featured: true'],
  ['2025-09-30-earlier', 'categories: [Science]', 'tags: [chips]', 'author: badely'],
].map(([stem, ...frontMatter]) => postFrom(`posts/${stem}.md`, markdown([`title: ${stem}`, ...frontMatter]), { site }));

/** A fixed permutation per seed (a small LCG driving Fisher–Yates), so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** What a build decides from posts read in this order: its pages, and the stories of every list, by URL. */
function build(readOrder: readonly Post[]) {
  const sorted = newestFirst(readOrder);
  const collections = buildCollections(sorted, site, now);
  const urls = (list: readonly Post[]): string => list.map((post) => post.url).join(' ');
  return {
    pages: planPages(sorted, collections, site).map((page) => (page.kind === 'listing' || page.kind === 'front' ? `${page.url}: ${urls(page.page.items)}` : page.url)),
    stories: urls(collections.stories),
    categories: collections.categories.groups.map((group) => `${group.name}: ${urls(group.posts)}`),
    tags: collections.tags.groups.map((group) => `${group.name}: ${urls(group.posts)}`),
    authors: collections.authors.map((group) => `${group.author.key}: ${urls(group.posts)}`),
    archives: collections.archives.map((group) => `${group.year}/${group.month ?? ''}: ${urls(group.posts)}`),
    front: { lead: collections.front.lead?.url, latest: urls(collections.front.latest), sections: collections.front.sections.map((s) => urls(s.posts)), rest: urls(collections.front.rest) },
    neighbours: sorted.map((post) => `${post.url}: ${collections.neighbours.get(post)?.previous?.url} ${collections.neighbours.get(post)?.next?.url}`),
    related: sorted.map((post) => `${post.url}: ${urls(collections.related.get(post) ?? [])}`),
  };
}

test('stories published at the same instant are listed by URL', () => {
  assert.deepEqual(newestFirst(shuffled(posts, 7)).map((post) => post.title), ['2025-10-03-later', 'alpha', 'beta', 'mid', 'zeta', '2025-09-30-earlier']);
});

test('builds reading the posts in any order plan identical pages and identical listings', () => {
  const reference = build(posts);
  const orders = [[...posts].reverse(), ...[1, 2, 3, 4, 5].map((seed) => shuffled(posts, seed))];
  // The orders must really differ where it matters: among the stories of the same instant.
  const tiedOrder = (order: readonly Post[]) => order.filter((post) => post.date.toISOString() === new Date(sameInstant).toISOString()).map((post) => post.title).join();
  assert.ok(new Set([posts, ...orders].map(tiedOrder)).size >= 4, 'the shuffles should reorder the tied stories');
  for (const order of orders) assert.deepEqual(build(order), reference, `read as ${order.map((post) => post.title).join(', ')}`);
});
