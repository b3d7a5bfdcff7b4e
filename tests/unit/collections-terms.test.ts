/**
 * Categories and tags across the site (issue #3): which names share a page, what that page is called and where it
 * lives, and what the build says about the names it merged.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildCollections } from '../../src/collections/index.ts';
import { newestFirst } from '../../src/collections/posts.ts';
import { describeMerges, indexTerms, type TermIndex } from '../../src/collections/terms.ts';
import type { Post } from '../../src/content/schema.ts';
import { slugify, termKey, termSlug } from '../../src/content/slug.ts';
import { href, tagUrl } from '../../src/urls/permalinks.ts';
import { buildClock, markdown, postFrom, siteIn } from './support.ts';

const site = siteIn('UTC');

/** A story dated by its file name (`2025-10-09-x`), newest-first order decided by the caller. */
function story(stem: string, ...frontMatter: string[]): Post {
  return postFrom(`posts/${stem}.md`, markdown([`title: ${JSON.stringify(stem)}`, ...frontMatter]));
}

/** Each group as a reader sees it: its name, its slug and how many stories it lists. */
const shown = (index: TermIndex) => index.groups.map((group) => ({ name: group.name, slug: group.slug, posts: group.posts.length }));

describe('term slugs', () => {
  test('are lower-cased, and every run of other characters becomes one hyphen', () => {
    assert.equal(termSlug('Rare  Earths -- Exports!!', 'tag'), 'rare-earths-exports');
    assert.equal(termSlug('  (Politics) ', 'category'), 'politics');
  });

  test('keep Latin accents, composed', () => {
    assert.equal(termSlug('Économie Société', 'category'), 'économie-société');
    assert.equal(termSlug('Cafe\u0301', 'tag'), 'caf\u00e9');
  });

  test('keep Chinese and Arabic letters, which links carry URL-encoded', () => {
    assert.equal(termSlug('稀土', 'tag'), '稀土');
    assert.equal(termSlug('الاقتصاد العالمي', 'tag'), 'الاقتصاد-العالمي');
    assert.equal(href(site, tagUrl(site, termSlug('稀土', 'tag'))), '/tag/%E7%A8%80%E5%9C%9F/');
    assert.equal(href(site, tagUrl(site, termSlug('Café', 'tag'))), '/tag/caf%C3%A9/');
  });

  test('are never empty: a name with no letters or digits gets a stable fallback per kind', () => {
    assert.equal(slugify('🔥'), '', 'the plain slug is empty, so a fallback is needed');
    assert.equal(termSlug('🔥', 'tag'), 'tag-cbe676ae');
    assert.equal(termSlug('🔥', 'category'), 'category-cbe676ae');
    assert.equal(termSlug('!!!', 'tag'), 'tag-6dd07555');
    assert.notEqual(termSlug('🔥🔥', 'tag'), termSlug('🔥', 'tag'));
  });

  test('emoji beside letters are punctuation: "🔥 Wildfires" is "wildfires"', () => {
    assert.equal(termSlug('🔥 Wildfires', 'tag'), 'wildfires');
    assert.equal(termKey('🔥 Wildfires', 'tag'), termKey('wildfires', 'tag'));
  });

  test('"C++" and "C#" spell their symbols out, so they are not "C"', () => {
    assert.deepEqual(['C', 'C++', 'C#'].map((name) => termSlug(name, 'tag')), ['c', 'c-plus-plus', 'c-sharp']);
    assert.equal(new Set(['C', 'C++', 'C#'].map((name) => termKey(name, 'tag'))).size, 3);
  });
});

describe('term keys: which names are one term', () => {
  test('"AI", "ai" and "A.I." are one term', () => {
    assert.deepEqual(new Set(['AI', 'ai', 'A.I.', ' a-i '].map((name) => termKey(name, 'tag'))), new Set(['ai']));
  });

  test('an accent is a letter: "Café" and "Cafe" are two terms, "Café" and "CAFÉ" one', () => {
    assert.notEqual(termKey('Café', 'tag'), termKey('Cafe', 'tag'));
    assert.equal(termKey('Café', 'tag'), termKey('CAFÉ', 'tag'));
  });
});

describe('indexTerms', () => {
  const ai = [
    story('2025-10-05-e', 'tags: [AI]'),
    story('2025-10-04-d', 'tags: [ai]'),
    story('2025-10-03-c', 'tags: [A.I.]'),
    story('2025-10-02-b', 'tags: [AI]'),
    story('2025-10-01-a', 'tags: [AI]'),
  ];

  test('tags that differ only in case or punctuation share one group, shown under the most used spelling', () => {
    const tags = indexTerms(ai, 'tag');
    assert.deepEqual(shown(tags), [{ name: 'AI', slug: 'ai', posts: 5 }]);
    assert.deepEqual(tags.groups[0]?.spellings, [{ name: 'AI', count: 3 }, { name: 'A.I.', count: 1 }, { name: 'ai', count: 1 }]);
  });

  test('the most used spelling wins even when it is not the first seen', () => {
    const posts = [story('2025-10-03-c', 'tags: [ai]'), story('2025-10-02-b', 'tags: [AI]'), story('2025-10-01-a', 'tags: [AI]')];
    assert.deepEqual(shown(indexTerms(posts, 'tag')), [{ name: 'AI', slug: 'ai', posts: 3 }]);
  });

  test('a spelling tie goes to the alphabetically first spelling, whatever the order of the posts', () => {
    const one = story('2025-10-02-b', 'tags: [ai]');
    const other = story('2025-10-01-a', 'tags: [AI]');
    assert.equal(indexTerms([one, other], 'tag').groups[0]?.name, 'AI');
    assert.equal(indexTerms([other, one], 'tag').groups[0]?.name, 'AI');
  });

  test('the page of a merged term takes the slug of its most used spelling', () => {
    const posts = [story('2025-10-03-c', 'tags: [A.I.]'), story('2025-10-02-b', 'tags: [A.I.]'), story('2025-10-01-a', 'tags: [AI]')];
    assert.deepEqual(shown(indexTerms(posts, 'tag')), [{ name: 'A.I.', slug: 'a-i', posts: 3 }]);
  });

  test('"C", "C++" and "C#" get three groups', () => {
    const posts = [story('2025-10-03-c', 'tags: [C]'), story('2025-10-02-b', 'tags: [C++]'), story('2025-10-01-a', 'tags: ["C#"]')];
    assert.deepEqual(new Set(indexTerms(posts, 'tag').groups.map((group) => group.slug)), new Set(['c', 'c-plus-plus', 'c-sharp']));
  });

  test('Chinese, Arabic and accented names get their own groups with their letters in the slug', () => {
    const posts = [story('2025-10-03-c', 'tags: [稀土, Café]'), story('2025-10-02-b', 'tags: [الاقتصاد, CAFÉ]'), story('2025-10-01-a', 'tags: [Cafe]')];
    assert.deepEqual(shown(indexTerms(posts, 'tag')), [
      { name: 'CAFÉ', slug: 'café', posts: 2 },
      { name: 'Cafe', slug: 'cafe', posts: 1 },
      { name: 'الاقتصاد', slug: 'الاقتصاد', posts: 1 },
      { name: '稀土', slug: '稀土', posts: 1 },
    ]);
  });

  test('groups come most stories first, ties by name; each lists its stories newest first', () => {
    const newest = story('2025-10-03-c', 'categories: [World, Business]');
    const middle = story('2025-10-02-b', 'categories: [Science]');
    const oldest = story('2025-10-01-a', 'categories: [Science, Business]');
    const categories = indexTerms([newest, middle, oldest], 'category');
    assert.deepEqual(shown(categories).map((group) => group.name), ['Business', 'Science', 'World']);
    assert.deepEqual(categories.byKey.get('science')?.posts, [middle, oldest]);
  });

  test('a site with no tags has no tag groups, so no tag pages', () => {
    assert.deepEqual(indexTerms([story('2025-10-01-a', 'categories: [World]')], 'tag').groups, []);
  });

  test('a tag only a standalone page carries makes no tag page: pages are not listed', () => {
    const page = postFrom('posts/about.md', markdown(['title: About', 'date: 2025-10-01', 'layout: page', 'tags: [About us]']));
    const collections = buildCollections(newestFirst([page, story('2025-10-02-b', 'tags: [trade]')]), site, buildClock);
    assert.deepEqual(shown(collections.tags), [{ name: 'trade', slug: 'trade', posts: 1 }]);
  });
});

describe('describeMerges', () => {
  test('says which spellings were merged into which page, most used first', () => {
    const posts = [story('2025-10-04-d', 'tags: [AI, trade]'), story('2025-10-03-c', 'tags: [ai]'), story('2025-10-02-b', 'tags: [A.I.]'), story('2025-10-01-a', 'tags: [AI]')];
    assert.deepEqual(describeMerges(indexTerms(posts, 'tag')), ['tag "AI" (/ai/) also written "A.I.", "ai"']);
  });

  test('says nothing when every term has one spelling', () => {
    const posts = [story('2025-10-02-b', 'categories: [World]', 'tags: [AI]'), story('2025-10-01-a', 'categories: [World]', 'tags: [AI, trade]')];
    assert.deepEqual(describeMerges(indexTerms(posts, 'tag')), []);
    assert.deepEqual(describeMerges(indexTerms(posts, 'category')), []);
  });

  test('names the kind of term', () => {
    const posts = [story('2025-10-02-b', 'categories: [Science]'), story('2025-10-01-a', 'categories: [science]')];
    assert.deepEqual(describeMerges(indexTerms(posts, 'category')), ['category "Science" (/science/) also written "science"']);
  });
});
