/**
 * Breaking news (issue #15): which stories are breaking (`breaking: true`, or a headline opening "Breaking:"), and
 * which of them the strip and the masthead show at a build's clock: those within `breaking.hours` of their date,
 * newest first, at most three.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { breakingLimit, planBreaking } from '../../src/collections/breaking.ts';
import { newestFirst } from '../../src/collections/posts.ts';
import { hasBreakingLabel, withoutBreakingLabel } from '../../src/content/breaking-title.ts';
import type { Post } from '../../src/content/schema.ts';
import { markdown, postFrom, problemsOf } from './support.ts';

/** A story at an instant, with front-matter lines; its title is its name unless a line gives one. */
function story(name: string, iso: string, ...frontMatter: string[]): Post {
  const titled = frontMatter.some((line) => line.startsWith('title:')) ? frontMatter : [`title: ${name}`, ...frontMatter];
  return postFrom(`posts/${name}.md`, markdown([...titled, `date: ${iso}`]));
}

const titles = (posts: readonly Post[]): string[] => posts.map((post) => post.title);

describe('a headline that opens with the breaking label', () => {
  test('"Breaking:" and "Breaking news:" in any case, with or without spaces around the colon', () => {
    for (const title of ['Breaking: Port shut', 'BREAKING: Port shut', 'breaking:Port shut', 'Breaking : Port shut', 'Breaking News: Port shut', 'BREAKING NEWS : Port shut', '  Breaking:   Port shut']) {
      assert.equal(hasBreakingLabel(title), true, title);
      assert.equal(withoutBreakingLabel(title), 'Port shut', title);
    }
  });

  test('only a colon ends the label: headlines that merely start with the word are ordinary', () => {
    for (const title of ['Breaking Bad: the finale', 'Breaking the deadlock on rates', 'Breaking — port shut', 'Breakingviews: rates', 'Record-breaking: a hot summer', 'Breaking:']) {
      assert.equal(hasBreakingLabel(title), false, title);
      assert.equal(withoutBreakingLabel(title), title, title);
    }
  });
});

describe('the breaking flag of a story', () => {
  const at = '2025-10-09T12:00:00Z';

  test('`breaking: true` makes a story breaking, whatever its title; absent, it is not', () => {
    assert.equal(story('storm', at, 'breaking: true').breaking, true);
    assert.equal(story('storm', at).breaking, false);
  });

  test('a "Breaking:" headline makes it breaking, and the title is kept as written', () => {
    const post = story('port', at, 'title: "BREAKING: Port shut by storm"');
    assert.equal(post.breaking, true);
    assert.equal(post.title, 'BREAKING: Port shut by storm');
    assert.equal(post.url, '/2025/10/09/port/');
  });

  test('`breaking: false` keeps a "Breaking:" headline an ordinary story', () => {
    assert.equal(story('old', at, 'title: "Breaking: the archive"', 'breaking: false').breaking, false);
  });

  test('`breaking` must be true or false', () => {
    assert.deepEqual(problemsOf('posts/x.md', markdown(['title: X', `date: ${at}`, 'breaking: [soon]'])), [
      'posts/x.md:4: `breaking` must be true or false; found a list of 1 item. Write `true` or `false` without quotes.',
    ]);
  });
});

describe('the breaking stories at a build', () => {
  const now = new Date('2025-10-09T12:00:00Z');

  test('are breaking stories from their date until `hours` after it, both edges included', () => {
    const posts = newestFirst([
      story('just-now', '2025-10-09T12:00:00Z', 'breaking: true'),
      story('edge', '2025-10-09T06:00:00Z', 'breaking: true'),
      story('too-old', '2025-10-09T05:59:59Z', 'breaking: true'),
      story('ordinary', '2025-10-09T11:00:00Z'),
    ]);
    assert.deepEqual(titles(planBreaking(posts, now, 6)), ['just-now', 'edge']);
  });

  test('a story dated after the clock (built with --future) is not breaking before its date', () => {
    const scheduled = story('scheduled', '2025-10-09T12:00:01Z', 'breaking: true');
    assert.deepEqual(planBreaking([scheduled], now, 6), []);
    assert.deepEqual(titles(planBreaking([scheduled], new Date('2025-10-09T12:00:01Z'), 6)), ['scheduled']);
  });

  test('once its hours are over, a breaking story is an ordinary story', () => {
    const posts = [story('storm', '2025-10-09T10:00:00Z', 'title: "Breaking: Storm"')];
    assert.deepEqual(titles(planBreaking(posts, now, 6)), ['Breaking: Storm']);
    assert.deepEqual(planBreaking(posts, new Date('2025-10-09T16:00:00.001Z'), 6), []);
    assert.deepEqual(titles(planBreaking(posts, new Date('2025-10-09T16:00:00.001Z'), 24)), ['Breaking: Storm'], 'a longer window keeps it');
  });

  test('several are listed newest first, at most three: the oldest of more drop out', () => {
    assert.equal(breakingLimit, 3);
    const posts = newestFirst(['08', '09', '10', '11'].map((hour) => story(`at-${hour}`, `2025-10-09T${hour}:00:00Z`, 'breaking: true')));
    assert.deepEqual(titles(planBreaking(posts, now, 6)), ['at-11', 'at-10', 'at-09']);
  });

  test('half an hour is thirty minutes', () => {
    const posts = [story('flash', '2025-10-09T11:30:00Z', 'breaking: true')];
    assert.deepEqual(titles(planBreaking(posts, now, 0.5)), ['flash']);
    assert.deepEqual(planBreaking(posts, new Date('2025-10-09T12:00:00.001Z'), 0.5), []);
  });
});
