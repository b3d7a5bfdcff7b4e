/**
 * The clock's edges for breaking news and the featured lead (issue #15): a build's output stays valid only until a
 * breaking story stops (or starts) being breaking, or a featured story stops (or starts) leading, so the
 * incremental build does not skip the rebuild after a window ends as "nothing changed" (src/build/valid-until.ts).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { validUntil } from '../../src/build/valid-until.ts';
import { hoursMs, nextWindowEdge, withinWindow } from '../../src/collections/time-window.ts';
import type { Post } from '../../src/content/schema.ts';
import { defaultSettings } from '../../src/site.ts';
import { markdown, postFrom } from './support.ts';

const now = new Date('2025-10-10T12:00:00Z');
const hours = (n: number): number => n * 60 * 60 * 1000;
const later = (date: Date, ms: number): Date => new Date(date.getTime() + ms);

/** A story at an instant; its title is its name unless a front-matter line gives one. */
function story(name: string, iso: string, ...frontMatter: string[]): Post {
  const titled = frontMatter.some((line) => line.startsWith('title:')) ? frontMatter : [`title: ${name}`, ...frontMatter];
  return postFrom(`posts/${name}.md`, markdown([...titled, `date: ${iso}`]));
}

/** Breaking for 6 hours, featured for 48 (the defaults), unless a test says otherwise. */
function until(stories: readonly Post[], windows: { breaking?: number; featured?: number } = {}): Date | undefined {
  const site = defaultSettings();
  return validUntil({
    now,
    stories,
    nextPublication: undefined,
    readsClock: false,
    site: { breaking: { hours: windows.breaking ?? site.breaking.hours }, frontPage: { ...site.frontPage, featuredHours: windows.featured ?? site.frontPage.featuredHours } },
  });
}

describe('a window after a date', () => {
  test('holds from the date to its end, both included', () => {
    const date = new Date('2025-10-10T06:00:00Z');
    assert.equal(withinWindow(date, later(date, -1), hours(6)), false);
    assert.equal(withinWindow(date, date, hours(6)), true);
    assert.equal(withinWindow(date, later(date, hours(6)), hours(6)), true);
    assert.equal(withinWindow(date, later(date, hours(6) + 1), hours(6)), false);
  });

  test('next changes at the date, before it; just past its end, inside it; never, after it', () => {
    const date = new Date('2025-10-10T06:00:00Z');
    assert.equal(nextWindowEdge(date, later(date, -5), hours(6)), date.getTime());
    assert.equal(nextWindowEdge(date, date, hours(6)), date.getTime() + hours(6) + 1);
    assert.equal(nextWindowEdge(date, later(date, hours(6)), hours(6)), date.getTime() + hours(6) + 1);
    assert.equal(nextWindowEdge(date, later(date, hours(6) + 1), hours(6)), Infinity);
  });

  test('hours may be fractions', () => {
    assert.equal(hoursMs(0.5), 30 * 60 * 1000);
    assert.equal(hoursMs(6), hours(6));
  });
});

describe('validUntil with breaking and featured stories', () => {
  test('a breaking story ends it just after its breaking hours, long before the news sitemap would', () => {
    const storm = story('storm', '2025-10-10T10:00:00Z', 'breaking: true');
    assert.deepEqual(until([storm]), later(storm.date, hours(6) + 1));
    assert.deepEqual(until([story('calm', '2025-10-10T10:00:00Z')]), later(storm.date, hours(48) + 1), 'an ordinary story: only the news sitemap');
  });

  test('a "Breaking:" headline counts as breaking, and `breaking.hours` sizes the window', () => {
    const storm = story('storm', '2025-10-10T10:00:00Z', 'title: "Breaking: Storm"');
    assert.deepEqual(until([storm], { breaking: 3 }), later(storm.date, hours(3) + 1));
  });

  test('a featured story ends it just after its featured hours, when the newest story takes the lead', () => {
    const featured = story('featured', '2025-10-10T09:00:00Z', 'featured: true');
    assert.deepEqual(until([featured], { featured: 12 }), later(featured.date, hours(12) + 1));
  });

  test('a breaking or featured story built early (--future) ends it at its date, when its window opens', () => {
    const scheduled = story('scheduled', '2025-10-10T13:00:00Z', 'breaking: true', 'featured: true');
    assert.deepEqual(until([scheduled, story('storm', '2025-10-10T10:00:00Z', 'breaking: true')]), scheduled.date);
  });

  test('windows that closed before the build change nothing more', () => {
    const old = [story('old-storm', '2025-10-01T10:00:00Z', 'breaking: true', 'featured: true')];
    assert.equal(until(old), undefined);
  });

  test('the earliest edge of all the stories wins', () => {
    const stories = [
      story('featured', '2025-10-10T11:00:00Z', 'featured: true'),
      story('flash', '2025-10-10T11:30:00Z', 'breaking: true'),
      story('storm', '2025-10-10T08:00:00Z', 'breaking: true'),
    ];
    assert.deepEqual(until(stories, { breaking: 6, featured: 48 }), new Date('2025-10-10T14:00:00.001Z'), "the storm's six hours end first");
  });
});
