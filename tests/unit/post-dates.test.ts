/**
 * A post's date, its URL and its `<time datetime>`, checked against Jekyll 4.3.1 with `timezone: America/New_York`
 * (issue #2). machine-time-zone.test.ts reruns this file under other process time zones.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatInZone, isoInZone } from '../../src/content/dates.ts';
import { markdown, postFrom, problemsOf, siteIn } from './support.ts';

const newYork = siteIn('America/New_York');
const utc = siteIn('UTC');

/** What a reader sees of a post: its URL and the value of `<time datetime>`. */
function seen(path: string, frontMatter: readonly string[], site = newYork): { url: string; datetime: string } {
  const post = postFrom(path, markdown(['title: X', ...frontMatter]), { site });
  return { url: post.url, datetime: isoInZone(post.date, site.timeZone) };
}

describe('Jekyll 4.3.1 with timezone America/New_York', () => {
  test('date: 2025-10-09T02:00:00 is shown as 2025-10-08 22:00 -04:00 at /2025/10/08/', () => {
    assert.deepEqual(seen('posts/x.md', ['date: 2025-10-09T02:00:00']), { url: '/2025/10/08/x/', datetime: '2025-10-08T22:00:00-04:00' });
  });

  test('date: 2025-10-09 02:00:00 -0400 is at /2025/10/09/', () => {
    assert.deepEqual(seen('posts/x.md', ['date: 2025-10-09 02:00:00 -0400']), { url: '/2025/10/09/x/', datetime: '2025-10-09T02:00:00-04:00' });
  });

  test('date: 2025-10-09 is midnight -04:00 at /2025/10/09/', () => {
    assert.deepEqual(seen('posts/x.md', ['date: 2025-10-09']), { url: '/2025/10/09/x/', datetime: '2025-10-09T00:00:00-04:00' });
  });

  test('a dateless 2025-10-09-x.md is midnight -04:00 at /2025/10/09/', () => {
    assert.deepEqual(seen('posts/2025-10-09-x.md', []), { url: '/2025/10/09/x/', datetime: '2025-10-09T00:00:00-04:00' });
  });
});

describe('each date form in UTC and in New York', () => {
  const forms: ReadonlyArray<readonly [string, string, { url: string; datetime: string }, { url: string; datetime: string }]> = [
    ['with offset +01:00', 'date: 2025-10-09T00:30:00+01:00', { url: '/2025/10/08/x/', datetime: '2025-10-08T23:30:00Z' }, { url: '/2025/10/08/x/', datetime: '2025-10-08T19:30:00-04:00' }],
    ['with offset +0100', 'date: 2025-10-09 00:30:00 +0100', { url: '/2025/10/08/x/', datetime: '2025-10-08T23:30:00Z' }, { url: '/2025/10/08/x/', datetime: '2025-10-08T19:30:00-04:00' }],
    ['with offset Z', 'date: 2025-10-09T03:30:00Z', { url: '/2025/10/09/x/', datetime: '2025-10-09T03:30:00Z' }, { url: '/2025/10/08/x/', datetime: '2025-10-08T23:30:00-04:00' }],
    ['without offset', 'date: 2025-10-09T03:30:00', { url: '/2025/10/09/x/', datetime: '2025-10-09T03:30:00Z' }, { url: '/2025/10/08/x/', datetime: '2025-10-08T23:30:00-04:00' }],
    ['bare', 'date: 2025-10-09', { url: '/2025/10/09/x/', datetime: '2025-10-09T00:00:00Z' }, { url: '/2025/10/09/x/', datetime: '2025-10-09T00:00:00-04:00' }],
  ];
  for (const [form, line, inUtc, inNewYork] of forms) {
    test(`${form}: ${line}`, () => {
      assert.deepEqual(seen('posts/x.md', [line], utc), inUtc);
      assert.deepEqual(seen('posts/x.md', [line], newYork), inNewYork);
    });
  }

  test('from the file name: 2025-10-09-x.md', () => {
    assert.deepEqual(seen('posts/2025-10-09-x.md', [], utc), { url: '/2025/10/09/x/', datetime: '2025-10-09T00:00:00Z' });
    assert.deepEqual(seen('posts/2025-10-09-x.md', [], newYork), { url: '/2025/10/09/x/', datetime: '2025-10-09T00:00:00-04:00' });
  });

  test('a quoted date is read the same as an unquoted one', () => {
    assert.deepEqual(seen('posts/x.md', ['date: "2025-10-09T02:00:00"']), { url: '/2025/10/08/x/', datetime: '2025-10-08T22:00:00-04:00' });
  });
});

describe('around the New York DST changes', () => {
  test('2025-03-09 from the file name is midnight -05:00; 2025-03-10 is midnight -04:00', () => {
    assert.deepEqual(seen('posts/2025-03-09-x.md', []), { url: '/2025/03/09/x/', datetime: '2025-03-09T00:00:00-05:00' });
    assert.deepEqual(seen('posts/2025-03-10-x.md', []), { url: '/2025/03/10/x/', datetime: '2025-03-10T00:00:00-04:00' });
  });

  test('2025-03-09T07:00:00 (UTC) is 03:00 EDT, just after the skipped hour', () => {
    assert.deepEqual(seen('posts/x.md', ['date: 2025-03-09T07:00:00']), { url: '/2025/03/09/x/', datetime: '2025-03-09T03:00:00-04:00' });
  });

  test('2025-11-02 from the file name is midnight -04:00; 2025-11-03 is midnight -05:00', () => {
    assert.deepEqual(seen('posts/2025-11-02-x.md', []), { url: '/2025/11/02/x/', datetime: '2025-11-02T00:00:00-04:00' });
    assert.deepEqual(seen('posts/2025-11-03-x.md', []), { url: '/2025/11/03/x/', datetime: '2025-11-03T00:00:00-05:00' });
  });

  test('2025-11-03T04:30:00 (UTC) is still the 2nd in New York, after the clocks went back', () => {
    assert.deepEqual(seen('posts/x.md', ['date: 2025-11-03T04:30:00']), { url: '/2025/11/02/x/', datetime: '2025-11-02T23:30:00-05:00' });
  });

  test('bare dates in UTC ignore New York DST entirely', () => {
    assert.deepEqual(seen('posts/2025-11-02-x.md', [], utc), { url: '/2025/11/02/x/', datetime: '2025-11-02T00:00:00Z' });
  });
});

describe('where the date comes from', () => {
  test('a front-matter date wins over the file name date', () => {
    assert.deepEqual(seen('posts/2025-10-09-x.md', ['date: 2025-10-20T12:00:00-04:00']), { url: '/2025/10/20/x/', datetime: '2025-10-20T12:00:00-04:00' });
  });

  test('the date shown to readers uses the site time zone and date format', () => {
    const post = postFrom('posts/x.md', markdown(['title: X', 'date: 2025-10-09T02:00:00']), { site: newYork });
    assert.equal(formatInZone(post.date, newYork.timeZone, newYork.dateFormat), '2025-10-08 22:00');
    assert.equal(formatInZone(post.date, utc.timeZone, utc.dateFormat), '2025-10-09 02:00');
  });

  test('with no date anywhere the post is an error, not "now"', () => {
    assert.deepEqual(problemsOf('posts/rare-earths.md', markdown(['title: X'])), [
      'posts/rare-earths.md: `date` is missing, and the file name does not start with a date. Add `date: 2025-10-09T11:08:38` to the front matter or name the file 2025-10-09-slug.md.',
    ]);
  });

  test('a file name date that does not exist is no date (2025-02-30-x.md)', () => {
    assert.deepEqual(problemsOf('posts/2025-02-30-x.md', markdown(['title: X'])), [
      'posts/2025-02-30-x.md: `date` is missing, and the file name does not start with a date. Add `date: 2025-10-09T11:08:38` to the front matter or name the file 2025-10-09-slug.md.',
    ]);
  });
});

describe('invalid dates are problems naming the file, line and field', () => {
  const fix = 'Write 2025-10-09, 2025-10-09T11:08:38 (read as UTC) or 2025-10-09 11:08:38 +0100.';

  test('2025-02-30', () => {
    assert.deepEqual(problemsOf('posts/x.md', markdown(['title: X', 'date: 2025-02-30'])), [
      `posts/x.md:3: \`date\` "2025-02-30" names a day that does not exist. ${fix}`,
    ]);
  });

  test('25:00', () => {
    assert.deepEqual(problemsOf('posts/x.md', markdown(['title: X', 'date: 2025-10-09 25:00:00'])), [
      `posts/x.md:3: \`date\` "2025-10-09 25:00:00" has a time of day that does not exist. ${fix}`,
    ]);
  });

  test('garbage', () => {
    assert.deepEqual(problemsOf('posts/x.md', markdown(['date: soon', 'title: X'])), [`posts/x.md:2: \`date\` "soon" is not a date. ${fix}`]);
  });

  test('an invalid date in a dated file name is still a problem, not a fallback to the name', () => {
    assert.deepEqual(problemsOf('posts/2025-10-09-x.md', markdown(['title: X', 'date: 2025-02-30'])), [
      `posts/2025-10-09-x.md:3: \`date\` "2025-02-30" names a day that does not exist. ${fix}`,
    ]);
  });

  test('a number is not a date', () => {
    assert.deepEqual(problemsOf('posts/x.md', markdown(['title: X', 'date: 20251009'])), [
      'posts/x.md:3: `date` must be a date such as 2025-10-09, 2025-10-09T11:08:38 or 2025-10-09 11:08:38 +0100; found 20251009 (a number). Write the date in one of those forms.',
    ]);
  });

  test('an empty date is a problem, not "now"', () => {
    assert.deepEqual(problemsOf('posts/x.md', markdown(['title: X', 'date:'])), [
      'posts/x.md:3: `date` is empty, and the file name does not start with a date. Add `date: 2025-10-09T11:08:38` to the front matter or name the file 2025-10-09-slug.md.',
    ]);
  });

  test('an empty date in a dated file falls back to the file name, as in Jekyll', () => {
    const post = postFrom('posts/2025-10-09-x.md', markdown(['title: X', 'date:']), { site: newYork });
    assert.equal(post.date.toISOString(), '2025-10-09T04:00:00.000Z');
    assert.equal(post.dateOnly, true);
  });
});

describe('last_modified_at', () => {
  test('is read like date, in the site time zone', () => {
    const post = postFrom('posts/2025-10-09-x.md', markdown(['title: X', 'last_modified_at: 2025-10-10']), { site: newYork });
    assert.equal(post.lastModified?.toISOString(), '2025-10-10T04:00:00.000Z');
  });

  test('is absent when not written', () => {
    const post = postFrom('posts/2025-10-09-x.md', markdown(['title: X']), { site: newYork });
    assert.equal('lastModified' in post, false);
  });

  test('an invalid one is a problem', () => {
    assert.deepEqual(problemsOf('posts/2025-10-09-x.md', markdown(['title: X', 'last_modified_at: yesterday'])), [
      'posts/2025-10-09-x.md:3: `last_modified_at` "yesterday" is not a date. Write it like `date`, e.g. 2025-10-10T09:00:00+01:00.',
    ]);
  });
});
