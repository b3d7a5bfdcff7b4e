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

  // Issue #11: this asserted that a quoted date is read like an unquoted one (22:00 on the 8th). Jekyll 4.3.1 reads
  // it in the site zone, 02:00 -04:00 on the 9th, because YAML leaves quoted text alone; the front-matter reader
  // says which values were quoted.
  test('a quoted date-time without offset is read in the site time zone, as Jekyll does', () => {
    assert.deepEqual(seen('posts/x.md', ['date: "2025-10-09T02:00:00"']), { url: '/2025/10/09/x/', datetime: '2025-10-09T02:00:00-04:00' });
  });
});

// Issue #11: shapes seen on real Jekyll sites, with the URL and time Jekyll 4.3.1 gives them (builds with
// `timezone: UTC` and `timezone: America/New_York`).
describe('dates Jekyll reads leniently keep their Jekyll URLs', () => {
  const forms: ReadonlyArray<readonly [string, { url: string; datetime: string }, { url: string; datetime: string }]> = [
    ['date: 2017-02-10 00:10::00 -03:00', { url: '/2017/02/10/x/', datetime: '2017-02-10T00:10:00Z' }, { url: '/2017/02/10/x/', datetime: '2017-02-10T00:10:00-05:00' }],
    ['date: 2021-02-08 16:30-:00+16:30', { url: '/2021/02/08/x/', datetime: '2021-02-08T16:30:00Z' }, { url: '/2021/02/08/x/', datetime: '2021-02-08T16:30:00-05:00' }],
    ['date: 2020-06-24 16:15:16+16:00', { url: '/2020/06/24/x/', datetime: '2020-06-24T00:15:16Z' }, { url: '/2020/06/23/x/', datetime: '2020-06-23T20:15:16-04:00' }],
    ['date: Fri Sep  3 11:21:31 CEST 2021', { url: '/2021/09/03/x/', datetime: '2021-09-03T11:21:31Z' }, { url: '/2021/09/03/x/', datetime: '2021-09-03T11:21:31-04:00' }],
    ['date: Tue, 03 Sep 2021 11:21:31 +0200', { url: '/2021/09/03/x/', datetime: '2021-09-03T09:21:31Z' }, { url: '/2021/09/03/x/', datetime: '2021-09-03T05:21:31-04:00' }],
    ['date: September 3, 2021 11:21', { url: '/2021/09/03/x/', datetime: '2021-09-03T11:21:00Z' }, { url: '/2021/09/03/x/', datetime: '2021-09-03T11:21:00-04:00' }],
    ['date: 2021/09/03', { url: '/2021/09/03/x/', datetime: '2021-09-03T00:00:00Z' }, { url: '/2021/09/03/x/', datetime: '2021-09-03T00:00:00-04:00' }],
    ['date: 2025-10-09 02:00', { url: '/2025/10/09/x/', datetime: '2025-10-09T02:00:00Z' }, { url: '/2025/10/09/x/', datetime: '2025-10-09T02:00:00-04:00' }],
    ['date: 2025-10-09 11:08:38.000000000 +00:00', { url: '/2025/10/09/x/', datetime: '2025-10-09T11:08:38Z' }, { url: '/2025/10/09/x/', datetime: '2025-10-09T07:08:38-04:00' }],
    ['date: 2025-02-30', { url: '/2025/03/02/x/', datetime: '2025-03-02T00:00:00Z' }, { url: '/2025/03/02/x/', datetime: '2025-03-02T00:00:00-05:00' }],
  ];
  for (const [line, inUtc, inNewYork] of forms) {
    test(line, () => {
      assert.deepEqual(seen('posts/x.md', [line], utc), inUtc);
      assert.deepEqual(seen('posts/x.md', [line], newYork), inNewYork);
    });
  }

  test('an unpadded file name date: 2017-2-5-i-dont-like-zeroes.md', () => {
    assert.deepEqual(seen('posts/2017-2-5-i-dont-like-zeroes.md', [], utc), { url: '/2017/02/05/i-dont-like-zeroes/', datetime: '2017-02-05T00:00:00Z' });
    assert.deepEqual(seen('posts/2017-2-5-i-dont-like-zeroes.md', [], newYork), { url: '/2017/02/05/i-dont-like-zeroes/', datetime: '2017-02-05T00:00:00-05:00' });
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

  // Issue #11: this asserted that 2025-02-30-x.md has no date; Jekyll 4.3.1 publishes it at /2025/03/02/x/.
  test('a file name date past the end of the month rolls over, as in Jekyll (2025-02-30-x.md)', () => {
    assert.deepEqual(seen('posts/2025-02-30-x.md', []), { url: '/2025/03/02/x/', datetime: '2025-03-02T00:00:00-05:00' });
  });

  test('a file name date even Ruby refuses is a problem saying so (2025-13-45-x.md), as Jekyll stops on it', () => {
    assert.deepEqual(problemsOf('posts/2025-13-45-x.md', markdown(['title: X'])), [
      "posts/2025-13-45-x.md: `date` is missing, and the file name's date 2025-13-45 names a day that does not exist. Give the file name a real date, or add `date:` to the front matter.",
    ]);
  });
});

describe('invalid dates are problems naming the file, line and field', () => {
  const fix = 'Write 2025-10-09, 2025-10-09T11:08:38 (read as UTC) or 2025-10-09 11:08:38 +0100.';

  // Issue #11: this used 2025-02-30, which Jekyll reads as 2 March; 2025-02-32 is what Jekyll refuses.
  test('2025-02-32', () => {
    assert.deepEqual(problemsOf('posts/x.md', markdown(['title: X', 'date: 2025-02-32'])), [
      `posts/x.md:3: \`date\` "2025-02-32" names a day that does not exist. ${fix}`,
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
    assert.deepEqual(problemsOf('posts/2025-10-09-x.md', markdown(['title: X', 'date: 2025-02-32'])), [
      `posts/2025-10-09-x.md:3: \`date\` "2025-02-32" names a day that does not exist. ${fix}`,
    ]);
  });

  // Issue #11: this asserted a refusal; Jekyll 4.3.1 reads the number's digits with Time.parse (2025-10-09, local
  // midnight), and so does Broadsheet.
  test('a number is read as its digits, as Jekyll reads 20251009', () => {
    assert.deepEqual(seen('posts/x.md', ['date: 20251009']), { url: '/2025/10/09/x/', datetime: '2025-10-09T00:00:00-04:00' });
  });

  test('an empty date is a problem, not "now"', () => {
    assert.deepEqual(problemsOf('posts/x.md', markdown(['title: X', 'date:'])), [
      'posts/x.md:3: `date` is empty, and the file name does not start with a date. Add `date: 2025-10-09T11:08:38` to the front matter or name the file 2025-10-09-slug.md.',
    ]);
  });

  // A deliberate difference (tests/jekyll/differences.ts): Jekyll 4.3.1 does not fall back here (`date:` is nil,
  // Time.parse("") fails, and the build stops with "Invalid date ''"); Broadsheet takes the file name's date.
  test('an empty date in a dated file falls back to the file name (Broadsheet today; Jekyll refuses it)', () => {
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
