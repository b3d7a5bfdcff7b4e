/**
 * The news front page (issue #3): the lead, the latest stories, a block per section, and the rest for /page/2/ on.
 * A featured story leads only for `featuredHours` after its date (issue #15).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type FrontPage, type FrontPageOptions, planFrontPage } from '../../src/collections/front-page.ts';
import { newestFirst } from '../../src/collections/posts.ts';
import { indexTerms } from '../../src/collections/terms.ts';
import type { Post } from '../../src/content/schema.ts';
import { markdown, postFrom } from './support.ts';

/** A story dated by its file name; its title is the part after the date. */
function story(stem: string, ...frontMatter: string[]): Post {
  return postFrom(`posts/${stem}.md`, markdown([`title: ${stem.slice(11)}`, ...frontMatter]));
}

/** A day after the newest story below. */
const afterAll = new Date('2025-10-08T00:00:00Z');

/**
 * The front page at `now`; unless a test says otherwise, featured stories lead for a week, so every featured story
 * here is within its window.
 */
function front(posts: readonly Post[], options: Omit<FrontPageOptions, 'featuredHours'> & Partial<FrontPageOptions>, now = afterAll): FrontPage {
  const sorted = newestFirst(posts);
  return planFrontPage(sorted, indexTerms(sorted, 'category'), { featuredHours: 7 * 24, ...options }, now);
}

/** The front page by titles. */
function titles(page: FrontPage) {
  return {
    lead: page.lead?.title,
    latest: page.latest.map((post) => post.title),
    sections: page.sections.map((section) => `${section.group.name}: ${section.posts.map((post) => post.title).join(', ')}`),
    rest: page.rest.map((post) => post.title),
  };
}

describe('the lead story', () => {
  test('is the newest featured story within its featured hours, even when newer stories exist', () => {
    const page = front([story('2025-10-03-newest'), story('2025-10-02-featured', 'featured: true'), story('2025-10-01-oldest')], { latest: 5, sections: 0, perSection: 1 });
    assert.equal(page.lead?.title, 'featured');
  });

  test('of two featured stories, is the newer', () => {
    const page = front([story('2025-10-03-plain'), story('2025-10-02-newer', 'featured: true'), story('2025-10-01-older', 'featured: true')], { latest: 5, sections: 0, perSection: 1 });
    assert.equal(page.lead?.title, 'newer');
  });

  test('with nothing featured, is the newest story', () => {
    const page = front([story('2025-10-01-oldest'), story('2025-10-03-newest'), story('2025-10-02-middle')], { latest: 5, sections: 0, perSection: 1 });
    assert.equal(page.lead?.title, 'newest');
  });
});

describe('a featured story leads for `featuredHours` after its date (issue #15)', () => {
  const layout = { latest: 5, sections: 0, perSection: 1, featuredHours: 48 };
  const july = story('2025-07-17-coral', 'featured: true');
  const december = [story('2025-12-02-budget'), story('2025-12-01-storm')];

  test('a featured story months old no longer leads above the news: the newest story does', () => {
    const page = front([july, ...december], layout, new Date('2025-12-02T09:00:00Z'));
    assert.deepEqual(titles(page), { lead: 'budget', latest: ['storm', 'coral'], sections: [], rest: [] });
  });

  test('it leads from its date to the end of its window, both edges included, and not a millisecond later', () => {
    const featured = story('2025-10-02-featured', 'date: 2025-10-02T12:00:00Z', 'featured: true');
    const posts = [story('2025-10-03-newer', 'date: 2025-10-03T08:00:00Z'), featured];
    const at = (iso: string) => front(posts, layout, new Date(iso)).lead?.title;
    assert.equal(at('2025-10-03T09:00:00Z'), 'featured');
    assert.equal(at('2025-10-04T12:00:00.000Z'), 'featured', 'exactly 48 hours on');
    assert.equal(at('2025-10-04T12:00:00.001Z'), 'newer');
  });

  test('a featured story dated after the clock (built with --future) does not lead before its date; one still in its window does', () => {
    const posts = [story('2025-10-05-scheduled', 'featured: true'), story('2025-10-04-latest'), story('2025-10-03-earlier', 'featured: true')];
    assert.equal(front(posts, layout, new Date('2025-10-04T12:00:00Z')).lead?.title, 'earlier');
    assert.equal(front(posts, layout, new Date('2025-10-05T00:00:00Z')).lead?.title, 'scheduled');
  });

  test('fractions of an hour count: half an hour is 30 minutes', () => {
    const posts = [story('2025-10-02-newer', 'date: 2025-10-02T12:10:00Z'), story('2025-10-02-featured', 'date: 2025-10-02T12:00:00Z', 'featured: true')];
    assert.equal(front(posts, { ...layout, featuredHours: 0.5 }, new Date('2025-10-02T12:30:00Z')).lead?.title, 'featured');
    assert.equal(front(posts, { ...layout, featuredHours: 0.5 }, new Date('2025-10-02T12:30:01Z')).lead?.title, 'newer');
  });
});

describe('the latest stories', () => {
  test('are the newest stories but the lead, as many as asked', () => {
    const posts = [story('2025-10-04-d'), story('2025-10-03-c', 'featured: true'), story('2025-10-02-b'), story('2025-10-01-a')];
    assert.deepEqual(titles(front(posts, { latest: 2, sections: 0, perSection: 1 })), { lead: 'c', latest: ['d', 'b'], sections: [], rest: ['a'] });
  });

  test('none asked: the rest starts right after the lead', () => {
    assert.deepEqual(titles(front([story('2025-10-02-b'), story('2025-10-01-a')], { latest: 0, sections: 0, perSection: 1 })), { lead: 'b', latest: [], sections: [], rest: ['a'] });
  });
});

describe('section blocks', () => {
  const posts = [
    story('2025-10-07-g', 'categories: [Science]'),
    story('2025-10-06-f', 'categories: [Technology]'),
    story('2025-10-05-e', 'categories: [Technology]'),
    story('2025-10-04-d', 'categories: [Science, Technology]'),
    story('2025-10-03-c', 'categories: [Technology]'),
    story('2025-10-02-b', 'categories: [Science]'),
    story('2025-10-01-a', 'categories: [World]'),
  ];

  test('come biggest section first, each with its newest stories not already shown above', () => {
    assert.deepEqual(titles(front(posts, { latest: 1, sections: 3, perSection: 2 })).sections, ['Technology: e, d', 'Science: b', 'World: a']);
  });

  test('never show a story twice: a story in two sections appears only in the first block', () => {
    const page = front(posts, { latest: 1, sections: 2, perSection: 2 });
    assert.deepEqual(titles(page).sections, ['Technology: e, d', 'Science: b']);
    const shown = [page.lead, ...page.latest, ...page.sections.flatMap((section) => section.posts)];
    assert.equal(new Set(shown).size, shown.length);
  });

  test('hold at most `perSection` stories', () => {
    assert.deepEqual(titles(front(posts, { latest: 0, sections: 1, perSection: 3 })).sections, ['Technology: f, e, d']);
  });

  test('are at most `sections`, biggest sections first', () => {
    assert.deepEqual(titles(front(posts, { latest: 0, sections: 1, perSection: 1 })).sections, ['Technology: f']);
    assert.deepEqual(titles(front(posts, { latest: 0, sections: 0, perSection: 1 })).sections, []);
  });

  test('a section whose stories are all shown above has no block', () => {
    const few = [story('2025-10-03-c', 'categories: [World]'), story('2025-10-02-b', 'categories: [Science]'), story('2025-10-01-a', 'categories: [Science]')];
    assert.deepEqual(titles(front(few, { latest: 0, sections: 2, perSection: 2 })).sections, ['Science: b, a']);
  });

  test('stories with no section are in no block but still lead, latest and rest', () => {
    const unfiled = [story('2025-10-03-c'), story('2025-10-02-b'), story('2025-10-01-a')];
    assert.deepEqual(titles(front(unfiled, { latest: 1, sections: 3, perSection: 2 })), { lead: 'c', latest: ['b'], sections: [], rest: ['a'] });
  });
});

describe('the rest', () => {
  test('is every story but the lead and the latest, newest first, including those in section blocks', () => {
    const posts = [story('2025-10-04-d', 'categories: [World]'), story('2025-10-03-c', 'categories: [World]', 'featured: true'), story('2025-10-02-b', 'categories: [World]'), story('2025-10-01-a', 'categories: [World]')];
    assert.deepEqual(titles(front(posts, { latest: 1, sections: 1, perSection: 1 })), { lead: 'c', latest: ['d'], sections: ['World: b'], rest: ['b', 'a'] });
  });
});

test('an empty site has no lead, no latest stories, no blocks and no rest', () => {
  assert.deepEqual(front([], { latest: 6, sections: 6, perSection: 3 }), { latest: [], sections: [], rest: [] });
});
