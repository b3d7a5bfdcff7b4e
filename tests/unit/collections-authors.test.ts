/** Stories by author (issue #3): only authors with a story get a page. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type AuthorGroup, indexAuthors } from '../../src/collections/authors.ts';
import { newestFirst } from '../../src/collections/posts.ts';
import type { Post } from '../../src/content/schema.ts';
import { markdown, postFrom, siteIn } from './support.ts';

const site = siteIn('UTC', { authors: { badely: { name: 'Bea Adeley' }, lchen: { name: 'Lin Chen' }, rsantos: { name: 'Rita Santos' }, zed: { name: 'Aaron Zed' } } });

/** A story dated by its file name; its title is the part after the date. */
function story(stem: string, ...frontMatter: string[]): Post {
  return postFrom(`posts/${stem}.md`, markdown([`title: ${stem.slice(11)}`, ...frontMatter]), { site });
}

const shown = (groups: readonly AuthorGroup[]): string[] => groups.map((group) => `${group.author.name} (${group.author.slug}): ${group.posts.map((post) => post.title).join(', ')}`);

test('authors come most stories first, each with their stories newest first', () => {
  const posts = newestFirst([
    story('2025-10-04-d', 'author: lchen'),
    story('2025-10-03-c', 'author: badely'),
    story('2025-10-02-b', 'author: lchen'),
    story('2025-10-01-a', 'author: lchen'),
  ]);
  assert.deepEqual(shown(indexAuthors(posts)), ['Lin Chen (lchen): d, b, a', 'Bea Adeley (badely): c']);
});

test('authors with as many stories are ordered by name, not by key', () => {
  const posts = newestFirst([story('2025-10-03-c', 'author: rsantos'), story('2025-10-02-b', 'author: zed'), story('2025-10-01-a', 'author: badely')]);
  assert.deepEqual(indexAuthors(posts).map((group) => group.author.name), ['Aaron Zed', 'Bea Adeley', 'Rita Santos']);
});

test('an author the settings define but no story names has no group, so no page', () => {
  assert.deepEqual(shown(indexAuthors([story('2025-10-01-a', 'author: badely')])), ['Bea Adeley (badely): a']);
});

test('a story with no author is under no author', () => {
  assert.deepEqual(indexAuthors([story('2025-10-01-a')]), []);
});

test('an author the settings do not define is grouped under the name as written', () => {
  assert.deepEqual(shown(indexAuthors([story('2025-10-02-b', 'author: Jo Bloggs'), story('2025-10-01-a', 'author: Jo Bloggs')])), ['Jo Bloggs (jo-bloggs): b, a']);
});
