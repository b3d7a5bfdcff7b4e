/** Which posts are built and in what order (issue #2): drafts and future posts are left out unless asked, and counted. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { listedPosts, newestFirst, selectPublished } from '../../src/collections/posts.ts';
import type { Post } from '../../src/content/schema.ts';
import { markdown, postFrom } from './support.ts';

function post(name: string, date: string, ...frontMatter: string[]): Post {
  return postFrom(`posts/${name}.md`, markdown([`title: ${name}`, `date: ${date}`, ...frontMatter]));
}

const now = new Date('2025-10-09T12:00:00Z');
const published = post('published', '2025-10-08T12:00:00Z');
const draft = post('draft', '2025-10-08T12:00:00Z', 'draft: true');
const unpublished = post('unpublished', '2025-10-08T12:00:00Z', 'published: false');
const future = post('future', '2025-10-09T12:00:01Z');
const futureDraft = post('future-draft', '2025-10-10T00:00:00Z', 'draft: true');
const all = [published, draft, unpublished, future, futureDraft];

const titles = (posts: readonly Post[]): string[] => posts.map((p) => p.title);

describe('selectPublished', () => {
  test('leaves drafts and future posts out by default, and counts them', () => {
    const selection = selectPublished(all, { drafts: false, future: false, now });
    assert.deepEqual(titles(selection.posts), ['published']);
    assert.deepEqual(selection.leftOut, { drafts: 3, future: 1 });
  });

  test('a draft dated in the future counts as a draft, not twice', () => {
    assert.deepEqual(selectPublished([futureDraft], { drafts: false, future: false, now }).leftOut, { drafts: 1, future: 0 });
  });

  test('drafts are kept when asked for; future posts still left out', () => {
    const selection = selectPublished(all, { drafts: true, future: false, now });
    assert.deepEqual(titles(selection.posts), ['published', 'draft', 'unpublished']);
    assert.deepEqual(selection.leftOut, { drafts: 0, future: 2 });
  });

  test('future posts are kept when asked for; drafts still left out', () => {
    const selection = selectPublished(all, { drafts: false, future: true, now });
    assert.deepEqual(titles(selection.posts), ['published', 'future']);
    assert.deepEqual(selection.leftOut, { drafts: 3, future: 0 });
  });

  test('everything is kept when both are asked for', () => {
    assert.deepEqual(selectPublished(all, { drafts: true, future: true, now }), { posts: all, leftOut: { drafts: 0, future: 0 } });
  });

  test('a post dated exactly now is published', () => {
    assert.deepEqual(titles(selectPublished([post('now', '2025-10-09T12:00:00Z')], { drafts: false, future: false, now }).posts), ['now']);
  });
});

describe('newestFirst', () => {
  test('sorts by instant, newest first, whatever the time zone the dates were written in', () => {
    const a = post('a', '2025-10-09T08:00:00+02:00');
    const b = post('b', '2025-10-09T07:00:00Z');
    const c = post('c', '2025-10-09T01:00:00-04:00');
    assert.deepEqual(titles(newestFirst([a, b, c])), ['b', 'a', 'c']);
  });

  test('equal instants are ordered by URL, so two builds list identically', () => {
    const z = post('zeta', '2025-10-09T12:00:00Z');
    const a = post('alpha', '2025-10-09T12:00:00Z');
    assert.deepEqual(titles(newestFirst([z, a])), ['alpha', 'zeta']);
    assert.deepEqual(titles(newestFirst([a, z])), ['alpha', 'zeta']);
  });

  test('does not reorder the list it is given', () => {
    const given = [published, future];
    newestFirst(given);
    assert.deepEqual(titles(given), ['published', 'future']);
  });
});

describe('listedPosts', () => {
  test('leaves out standalone pages (layout: page)', () => {
    const about = post('about', '2025-01-01', 'layout: page');
    assert.deepEqual(titles(listedPosts([published, about, future])), ['published', 'future']);
  });
});
