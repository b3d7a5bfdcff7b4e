/** Year and month archives (issue #3), grouped by the calendar of the site's time zone, not UTC's. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type ArchiveGroup, indexArchives } from '../../src/collections/archives.ts';
import { buildCollections } from '../../src/collections/index.ts';
import { newestFirst } from '../../src/collections/posts.ts';
import type { Post } from '../../src/content/schema.ts';
import type { Site } from '../../src/site.ts';
import { buildClock, markdown, postFrom, siteIn } from './support.ts';

const newYork = siteIn('America/New_York');

function story(title: string, date: string, site: Site, ...frontMatter: string[]): Post {
  return postFrom(`posts/${title}.md`, markdown([`title: ${title}`, `date: ${date}`, ...frontMatter]), { site });
}

/** Each group as `2025/10: titles`. */
const shown = (groups: readonly ArchiveGroup[]): string[] =>
  groups.map((group) => `${group.year}${group.month === undefined ? '' : `/${group.month}`}: ${group.posts.map((post) => post.title).join(', ')}`);

describe('indexArchives', () => {
  test("a story late on 31 October in New York is in October's archive, though UTC says November", () => {
    const halloween = story('halloween', '2025-10-31T23:30:00-04:00', newYork);
    assert.equal(halloween.date.toISOString(), '2025-11-01T03:30:00.000Z');
    assert.deepEqual(shown(indexArchives([halloween], newYork.timeZone)), ['2025: halloween', '2025/10: halloween']);
  });

  test('the same instant on a UTC site is in November', () => {
    const utc = siteIn('UTC');
    assert.deepEqual(shown(indexArchives([story('halloween', '2025-10-31T23:30:00-04:00', utc)], utc.timeZone)), ['2025: halloween', '2025/11: halloween']);
  });

  test("New Year's Eve in New York stays in the old year", () => {
    assert.deepEqual(shown(indexArchives([story('eve', '2024-12-31T22:00:00-05:00', newYork)], newYork.timeZone)), ['2024: eve', '2024/12: eve']);
  });

  test('years come newest first, each followed by its months newest first, stories newest first', () => {
    const posts = newestFirst([
      story('oct-b', '2025-10-09T10:00:00Z', newYork),
      story('oct-a', '2025-10-01T10:00:00Z', newYork),
      story('mar', '2025-03-15T10:00:00Z', newYork),
      story('dec', '2024-12-24T10:00:00Z', newYork),
      story('jan', '2024-01-05T10:00:00Z', newYork),
    ]);
    assert.deepEqual(shown(indexArchives(posts, newYork.timeZone)), [
      '2025: oct-b, oct-a, mar',
      '2025/10: oct-b, oct-a',
      '2025/03: mar',
      '2024: dec, jan',
      '2024/12: dec',
      '2024/01: jan',
    ]);
  });

  test('a month with no story has no archive', () => {
    const posts = newestFirst([story('nov', '2025-11-02T10:00:00Z', newYork), story('sep', '2025-09-02T10:00:00Z', newYork)]);
    assert.deepEqual(indexArchives(posts, newYork.timeZone).map((group) => group.month), [undefined, '11', '09']);
  });

  test('no stories, no archives', () => {
    assert.deepEqual(indexArchives([], newYork.timeZone), []);
  });
});

describe('buildCollections', () => {
  test("groups archives in the site's time zone", () => {
    const collections = buildCollections([story('halloween', '2025-10-31T23:30:00-04:00', newYork)], newYork, buildClock);
    assert.deepEqual(shown(collections.archives), ['2025: halloween', '2025/10: halloween']);
  });

  test('a story with no section is still in its archives and on the front page', () => {
    const posts = newestFirst([story('unfiled', '2025-10-02T10:00:00Z', newYork), story('filed', '2025-10-01T10:00:00Z', newYork, 'categories: [World]')]);
    const collections = buildCollections(posts, newYork, buildClock);
    assert.deepEqual(shown(collections.archives), ['2025: unfiled, filed', '2025/10: unfiled, filed']);
    assert.equal(collections.front.lead?.title, 'unfiled');
    assert.deepEqual(collections.categories.groups.map((group) => group.posts.map((post) => post.title)), [['filed']]);
  });

  test('standalone pages are in no archive', () => {
    const page = story('about', '2025-10-02T10:00:00Z', newYork, 'layout: page');
    const collections = buildCollections(newestFirst([page, story('news', '2025-10-01T10:00:00Z', newYork)]), newYork, buildClock);
    assert.deepEqual(shown(collections.archives), ['2025: news', '2025/10: news']);
    assert.deepEqual(collections.stories.map((post) => post.title), ['news']);
  });
});
