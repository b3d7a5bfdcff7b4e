/** Site settings (issue #2): overrides, environment, path prefix, and every problem reported at once. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ConfigError, formatProblem } from '../../src/errors.ts';
import { isTimeZone, normalizePathPrefix, resolveSite, type SiteInput } from '../../src/site.ts';
import { siteIn } from './support.ts';

/** A fresh, valid base; tests never depend on the real site's settings. */
function base(): SiteInput {
  return siteIn('UTC', { pageSize: 12, dateFormat: 'd MMMM yyyy', authors: { badely: { name: 'Bea Adeley' } } });
}

/** The problems of settings that must fail, as the build prints them. */
function problems(overrides: Partial<Record<keyof SiteInput, unknown>>, env: Record<string, string | undefined> = {}): string[] {
  try {
    resolveSite(base(), overrides, env, 'site.json');
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
    return error.problems.map(formatProblem);
  }
  assert.fail('the settings should have been refused');
}

const timeZoneProblem = (found: string): string =>
  `site.json: \`timeZone\` must be an IANA time zone; found "${found}". Use a name such as "UTC", "Europe/London" or "America/New_York".`;
const urlProblem = (found: string): string =>
  `site.json: \`url\` must be an absolute http(s) origin without a path; found "${found}". Write it like "https://news.example.com" and put any folder in \`pathPrefix\` (or PATH_PREFIX).`;

describe('valid settings', () => {
  test('pass through unchanged', () => {
    assert.deepEqual(resolveSite(base(), {}, {}, 'site.json'), base());
  });

  test('overrides (the BROADSHEET_SITE file) replace base keys', () => {
    const site = resolveSite(base(), { title: 'Other', timeZone: 'America/New_York', pageSize: 5 }, {}, 'site.json');
    assert.deepEqual([site.title, site.timeZone, site.pageSize], ['Other', 'America/New_York', 5]);
  });

  test('a group of settings is merged, not replaced: images.widths alone keeps every other image setting', () => {
    const site = resolveSite(base(), { images: { widths: [480, 960] }, feeds: { fullText: true }, frontPage: { latest: 2 } }, {}, 'site.json');
    assert.deepEqual(site.images, { ...base().images, widths: [480, 960] });
    assert.deepEqual(site.feeds, { ...base().feeds, fullText: true });
    assert.deepEqual(site.frontPage, { ...base().frontPage, latest: 2 });
  });

  test('nested groups merge too; lists and authors replace', () => {
    const site = resolveSite(base(), { images: { quality: { avif: 40 }, formats: ['webp'] }, authors: { other: { name: 'Oto Her' } } }, {}, 'site.json');
    assert.deepEqual(site.images.quality, { ...base().images.quality, avif: 40 });
    assert.deepEqual(site.images.formats, ['webp']);
    assert.deepEqual(Object.keys(site.authors), ['other']);
  });

  test('a trailing slash on the url is dropped', () => {
    assert.equal(resolveSite(base(), { url: 'https://news.example.com//' }, {}, 'site.json').url, 'https://news.example.com');
  });

  test('the base settings are not changed', () => {
    const given = base();
    resolveSite(given, { title: 'Other' }, { SITE_URL: 'https://other.example' }, 'site.json');
    assert.deepEqual(given, base());
  });
});

describe('environment overrides for deploys', () => {
  test('SITE_URL, PATH_PREFIX and SITE_TIME_ZONE win over base and overrides', () => {
    const site = resolveSite(base(), { url: 'https://from-file.example', timeZone: 'Asia/Tokyo' }, {
      SITE_URL: 'https://user.github.io/', PATH_PREFIX: 'broadsheet', SITE_TIME_ZONE: 'America/New_York',
    }, 'site.json');
    assert.deepEqual([site.url, site.pathPrefix, site.timeZone], ['https://user.github.io', '/broadsheet/', 'America/New_York']);
  });

  test('empty environment values are ignored', () => {
    const site = resolveSite(base(), { pathPrefix: '/news/' }, { SITE_URL: '', PATH_PREFIX: '', SITE_TIME_ZONE: '' }, 'site.json');
    assert.deepEqual([site.url, site.pathPrefix, site.timeZone], ['https://news.example.com', '/news/', 'UTC']);
  });

  test('an environment value is checked like any other', () => {
    assert.deepEqual(problems({}, { SITE_TIME_ZONE: 'Europe/Londn' }), [timeZoneProblem('Europe/Londn')]);
    assert.deepEqual(problems({}, { SITE_URL: 'https://user.github.io/broadsheet' }), [urlProblem('https://user.github.io/broadsheet')]);
  });
});

describe('the path prefix is normalised to /folder/', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['', '/'], ['/', '/'], ['news', '/news/'], ['/news', '/news/'], ['news/', '/news/'], ['//news//', '/news/'], [' /a/b ', '/a/b/'],
  ];
  for (const [given, expected] of cases) {
    test(`${JSON.stringify(given)} → ${expected}`, () => {
      assert.equal(normalizePathPrefix(given), expected);
      assert.equal(resolveSite(base(), { pathPrefix: given }, {}, 'site.json').pathPrefix, expected);
    });
  }
});

describe('wrong settings are a ConfigError listing every problem', () => {
  test('an unknown time zone', () => {
    assert.deepEqual(problems({ timeZone: 'Mars/Olympus_Mons' }), [timeZoneProblem('Mars/Olympus_Mons')]);
  });

  test('a url that is not an http(s) origin', () => {
    for (const url of ['news.example.com', 'ftp://news.example.com', 'https://news.example.com/news', 'https://']) {
      assert.deepEqual(problems({ url }), [urlProblem(url)], url);
    }
  });

  test('a pageSize that is not a whole number of at least 1', () => {
    assert.deepEqual(problems({ pageSize: 0 }), ['site.json: `pageSize` must be a whole number of at least 1; found 0 (a number). Set it to, say, 12.']);
    assert.deepEqual(problems({ pageSize: 2.5 }), ['site.json: `pageSize` must be a whole number of at least 1; found 2.5 (a number). Set it to, say, 12.']);
    assert.deepEqual(problems({ pageSize: '12' }), ['site.json: `pageSize` must be a whole number of at least 1; found "12" (text). Set it to, say, 12.']);
  });

  test('image formats and qualities out of range', () => {
    assert.deepEqual(problems({ images: { formats: ['jxl'], quality: { avif: 0 } } }), [
      'site.json: `images.formats` must list modern formats from "avif" and "webp"; found ["jxl"]. Write e.g. ["avif", "webp"], or [] for the JPEG/PNG fallback alone.',
      'site.json: `images.quality.avif` must be a whole number from 1 to 100; found 0 (a number). Lower is smaller and blurrier; 50 (AVIF), 75 (WebP) and 78 (JPEG) are the defaults.',
    ]);
  });

  test('search that is not true or false', () => {
    assert.deepEqual(problems({ search: 'yes' }), ['site.json: `search` must be true or false; found "yes" (text). Write `true` for a search page and box, `false` for none.']);
  });

  test('text settings that are not text', () => {
    assert.deepEqual(problems({ title: 42 }), ['site.json: `title` must be text; found 42 (a number). Set it to a quoted string.']);
  });

  test('an author without a name', () => {
    assert.deepEqual(problems({ authors: { badely: { bio: 'x' } } }), [
      'site.json: `authors.badely.name` must be the author\'s display name; found nothing. Add `name: "…"` to author badely.',
    ]);
  });

  test('all problems at once, in one error whose message lists them', () => {
    let caught: unknown;
    try {
      resolveSite(base(), { timeZone: 'Mars/Olympus_Mons', url: 'news.example.com', pageSize: 0 }, {}, 'site.json');
    } catch (error) {
      caught = error;
    }
    assert.ok(caught instanceof ConfigError);
    assert.deepEqual(caught.problems.map((p) => p.field), ['timeZone', 'url', 'pageSize']);
    assert.equal(caught.message, [
      'The site settings have problems:',
      `  - ${timeZoneProblem('Mars/Olympus_Mons')}`,
      `  - ${urlProblem('news.example.com')}`,
      '  - site.json: `pageSize` must be a whole number of at least 1; found 0 (a number). Set it to, say, 12.',
    ].join('\n'));
  });
});

describe('isTimeZone', () => {
  test('accepts IANA names and UTC', () => {
    assert.deepEqual(['UTC', 'Europe/London', 'America/New_York', 'Pacific/Kiritimati'].map(isTimeZone), [true, true, true, true]);
  });

  test('refuses unknown names and the empty string', () => {
    assert.deepEqual(['Mars/Olympus_Mons', '', 'London'].map(isTimeZone), [false, false, false]);
  });
});
