/**
 * Related stories (issue #3): scored by shared tags and categories, each weighted by its rarity, ties to the newer
 * story. Timing lives in `npm run bench`, not here.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { newestFirst } from '../../src/collections/posts.ts';
import { type RelatedOptions, relatedPosts } from '../../src/collections/related.ts';
import type { Post } from '../../src/content/schema.ts';
import { markdown, postFrom } from './support.ts';

/** A story dated by its file name; its title is the part after the date. */
function story(stem: string, ...frontMatter: string[]): Post {
  return postFrom(`posts/${stem}.md`, markdown([`title: ${stem.slice(11)}`, ...frontMatter]));
}

/** Titles of the stories related to the one titled `title`. */
function relatedTo(title: string, posts: readonly Post[], options: RelatedOptions = { count: 4, window: 1000 }): string[] {
  const sorted = newestFirst(posts);
  const post = sorted.find((candidate) => candidate.title === title);
  assert.ok(post, `no story titled ${title}`);
  return (relatedPosts(sorted, options).get(post) ?? []).map((related) => related.title);
}

/**
 * 20 stories: "trade" and "World" are on 18 of them, "rare earths" on 3. The subject shares the rare tag with two
 * stories and both common terms with every other story.
 */
function rareAmongCommon(): Post[] {
  const fillers = Array.from({ length: 16 }, (_, i) => story(`2025-09-${String(i + 1).padStart(2, '0')}-filler${i + 1}`, 'categories: [World]', 'tags: [trade]'));
  return [
    story('2025-10-05-both-common', 'categories: [World]', 'tags: [trade]'),
    story('2025-10-03-subject', 'categories: [World]', 'tags: [rare earths, trade]'),
    story('2025-10-02-rare', 'tags: [rare earths]'),
    story('2025-10-01-rare-older', 'tags: [rare earths]'),
    ...fillers,
  ];
}

describe('scores', () => {
  test('a rare shared tag beats two shared common terms', () => {
    assert.deepEqual(relatedTo('subject', rareAmongCommon(), { count: 3, window: 1000 }), ['rare', 'rare-older', 'both-common']);
  });

  test('more shared terms of equal rarity score higher', () => {
    const posts = [
      story('2025-10-04-one-shared', 'tags: [trade]'),
      story('2025-10-03-subject', 'tags: [trade, chips]'),
      story('2025-10-02-two-shared', 'tags: [trade, chips]'),
      story('2025-10-01-unrelated', 'tags: [housing]'),
    ];
    assert.deepEqual(relatedTo('subject', posts), ['two-shared', 'one-shared']);
  });

  test('a shared category counts, not only tags', () => {
    const posts = [story('2025-10-02-subject', 'categories: [Science]'), story('2025-10-01-same-section', 'categories: [Science]', 'tags: [oceans]')];
    assert.deepEqual(relatedTo('subject', posts), ['same-section']);
  });

  test('a tag and a category of the same name are different terms', () => {
    const posts = [story('2025-10-02-subject', 'categories: [Science]'), story('2025-10-01-tagged', 'tags: [Science]')];
    assert.deepEqual(relatedTo('subject', posts), []);
  });
});

describe('ties and limits', () => {
  test('equal scores go to the newer story, whether newer or older than the story itself', () => {
    const posts = [
      story('2025-10-05-newest', 'tags: [trade]'),
      story('2025-10-04-newer', 'tags: [trade]'),
      story('2025-10-03-subject', 'tags: [trade]'),
      story('2025-10-02-older', 'tags: [trade]'),
      story('2025-10-01-oldest', 'tags: [trade]'),
    ];
    assert.deepEqual(relatedTo('subject', posts), ['newest', 'newer', 'older', 'oldest']);
  });

  test('never lists the story itself', () => {
    const posts = rareAmongCommon();
    for (const [post, related] of relatedPosts(newestFirst(posts), { count: 30, window: 1000 })) assert.equal(related.includes(post), false, post.title);
  });

  test('lists at most `count` stories', () => {
    assert.deepEqual(relatedTo('subject', rareAmongCommon(), { count: 1, window: 1000 }), ['rare']);
    assert.equal(relatedTo('subject', rareAmongCommon(), { count: 30, window: 1000 }).length, 19);
  });

  test('a count of 0 lists none', () => {
    assert.deepEqual(relatedTo('subject', rareAmongCommon(), { count: 0, window: 1000 }), []);
  });

  test('a term on more stories than the window offers only the stories nearest in time', () => {
    const posts = ['05-e', '04-d', '03-c', '02-b', '01-a'].map((day) => story(`2025-10-${day}`, 'tags: [trade]'));
    assert.deepEqual(relatedTo('e', posts, { count: 4, window: 3 }), ['d', 'c']);
    assert.deepEqual(relatedTo('c', posts, { count: 4, window: 3 }), ['d', 'b']);
  });
});

describe('nothing shared', () => {
  test('a story sharing no term with any other has no related stories', () => {
    const posts = [story('2025-10-02-subject', 'categories: [World]', 'tags: [trade]'), story('2025-10-01-other', 'categories: [Science]', 'tags: [oceans]')];
    assert.deepEqual(relatedTo('subject', posts), []);
  });

  test('a story with no categories or tags has no related stories and is related to none', () => {
    const posts = [story('2025-10-03-bare'), story('2025-10-02-a', 'tags: [trade]'), story('2025-10-01-b', 'tags: [trade]')];
    assert.deepEqual(relatedTo('bare', posts), []);
    assert.deepEqual(relatedTo('a', posts), ['b']);
  });

  test('every story gets an entry, even an empty one', () => {
    const posts = newestFirst([story('2025-10-02-a'), story('2025-10-01-b', 'tags: [trade]')]);
    assert.deepEqual([...relatedPosts(posts).keys()], posts);
  });
});
