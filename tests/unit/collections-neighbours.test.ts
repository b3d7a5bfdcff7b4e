/** Previous (older) and next (newer) story, within the story's first section (issue #3). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { neighboursInFirstCategory } from '../../src/collections/neighbours.ts';
import { newestFirst } from '../../src/collections/posts.ts';
import { indexTerms } from '../../src/collections/terms.ts';
import type { Post } from '../../src/content/schema.ts';
import { markdown, postFrom } from './support.ts';

function story(stem: string, ...frontMatter: string[]): Post {
  return postFrom(`posts/${stem}.md`, markdown([`title: ${stem.slice(11)}`, ...frontMatter]));
}

/** Each story's neighbours as `previous < title > next`, `-` for none; stories without neighbours left out. */
function neighbours(posts: readonly Post[]): string[] {
  const sorted = newestFirst(posts);
  const map = neighboursInFirstCategory(sorted, indexTerms(sorted, 'category'));
  return sorted.flatMap((post) => {
    const pair = map.get(post);
    return pair === undefined ? [] : [`${pair.previous?.title ?? '-'} < ${post.title} > ${pair.next?.title ?? '-'}`];
  });
}

test('previous is the next older story in the same section, next the next newer', () => {
  const posts = [story('2025-10-03-c', 'categories: [World]'), story('2025-10-02-b', 'categories: [World]'), story('2025-10-01-a', 'categories: [World]')];
  assert.deepEqual(neighbours(posts), ['b < c > -', 'a < b > c', '- < a > b']);
});

test("stories of other sections are skipped over", () => {
  const posts = [story('2025-10-03-c', 'categories: [World]'), story('2025-10-02-b', 'categories: [Science]'), story('2025-10-01-a', 'categories: [World]')];
  assert.deepEqual(neighbours(posts), ['a < c > -', '- < b > -', '- < a > c']);
});

test("only the story's first section counts", () => {
  const posts = [
    story('2025-10-04-d', 'categories: [Science]'),
    story('2025-10-03-c', 'categories: [World, Science]'),
    story('2025-10-02-b', 'categories: [Science]'),
    story('2025-10-01-a', 'categories: [World]'),
  ];
  assert.deepEqual(neighbours(posts), ['c < d > -', 'a < c > -', '- < b > c', '- < a > c']);
});

test('a story with no section has no neighbours and is no one\'s neighbour', () => {
  const posts = [story('2025-10-03-c', 'categories: [World]'), story('2025-10-02-unfiled'), story('2025-10-01-a', 'categories: [World]')];
  assert.deepEqual(neighbours(posts), ['a < c > -', '- < a > c']);
});
