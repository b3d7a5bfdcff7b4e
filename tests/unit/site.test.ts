/** Site settings (issue #2): overrides, environment, path prefix, and every problem reported at once. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ConfigError, formatProblem } from '../../src/errors.ts';
import { defaultSettings, isTimeZone, normalizePathPrefix, resolveSite, resolveSiteWithWarnings, siteSettings, type SiteInput } from '../../src/site.ts';
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

  test('an environment value is checked like the setting it overrides, and named as the environment', () => {
    assert.deepEqual(problems({}, { SITE_TIME_ZONE: 'Europe/Londn' }), ['environment: `SITE_TIME_ZONE` must be an IANA time zone; found "Europe/Londn". Did you mean "Europe/London"?']);
    assert.deepEqual(problems({}, { SITE_URL: 'https://user.github.io/broadsheet' }), [
      'environment: `SITE_URL` must be an absolute http(s) origin without a path; found "https://user.github.io/broadsheet". Write it like "https://news.example.com" and put any folder in `pathPrefix` (or PATH_PREFIX).',
    ]);
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

/** The warnings of settings that must pass. */
function warnings(overrides: Record<string, unknown>): string[] {
  return resolveSiteWithWarnings(base(), overrides, {}, 'site.json').warnings.map(formatProblem);
}

/** The one problem of settings that must fail with exactly one, as `field: message`. */
function onlyProblem(overrides: Record<string, unknown>, env: Record<string, string> = {}): string {
  const found = problems(overrides, env);
  assert.equal(found.length, 1, found.join('\n'));
  return found[0] ?? '';
}

describe('issue #10: authors are checked field by field', () => {
  const author = (fields: Record<string, unknown>) => ({ authors: { badely: { name: 'Bea Adeley', ...fields } } });

  test('a javascript: link is refused, named by its place in the list', () => {
    assert.deepEqual(problems(author({ links: [{ label: 'Home', url: 'javascript:alert(1)' }] })), [
      'site.json: `authors.badely.links[0].url` must be an absolute http(s) or mailto: URL; found "javascript:alert(1)", whose scheme "javascript:" is not allowed in a link. Write it like "https://mastodon.example/@name" or "mailto:name@example.com".',
    ]);
  });

  test('however the scheme is disguised', () => {
    for (const url of ['JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>', 'vbscript:x', 'file:///etc/passwd']) {
      assert.match(onlyProblem(author({ links: [{ label: 'x', url }] })), /`authors\.badely\.links\[0\]\.url` must be an absolute http\(s\) or mailto: URL; found .*is not allowed in a link/, url);
    }
  });

  test('a relative link, a link without a host, one with spaces and a link that is not { label, url } are refused', () => {
    assert.match(onlyProblem(author({ links: [{ label: 'About', url: '/about/' }] })), /links\[0\]\.url` .* found "\/about\/", a relative link\./);
    assert.match(onlyProblem(author({ links: [{ label: 'x', url: 'https:' }] })), /links\[0\]\.url` must be an absolute http\(s\) or mailto: URL with a host; found "https:"\./);
    assert.match(onlyProblem(author({ links: [{ label: 'x', url: 'https://a.example/"><b>' }] })), /links\[0\]\.url` .* with no spaces, quotes/);
    assert.match(onlyProblem(author({ links: ['https://a.example'] })), /`authors\.badely\.links\[0\]` must be \{ label, url \}; found "https:\/\/a\.example" \(text\)\./);
    assert.match(onlyProblem(author({ links: { label: 'x', url: 'https://a.example' } })), /`authors\.badely\.links` must be a list of \{ label, url \}; found a mapping/);
  });

  test('a link label must be non-empty text on one line', () => {
    assert.deepEqual(problems(author({ links: [{ label: '', url: 'https://a.example' }, { url: 'mailto:bea@example.com' }] })), [
      'site.json: `authors.badely.links[0].label` must not be empty; found "". Write the text.',
      'site.json: `authors.badely.links[1].label` must be text; found nothing. Set it to a quoted string.',
    ]);
  });

  test('http(s) and mailto links pass', () => {
    const links = [{ label: 'Web', url: 'https://bea.example/' }, { label: 'Mail', url: 'mailto:bea@example.com' }, { label: 'Old', url: 'http://bea.example' }];
    assert.deepEqual(resolveSite(base(), author({ links }), {}, 'site.json').authors['badely']?.links, links);
  });

  test('a bio must be text without control characters', () => {
    assert.equal(onlyProblem(author({ bio: 42 })), 'site.json: `authors.badely.bio` must be text; found 42 (a number). Set it to a quoted string.');
    assert.match(onlyProblem(author({ bio: 'Writes.\u0000' })), /`authors\.badely\.bio` must not contain control characters or broken Unicode, which XML feeds cannot carry; found "Writes\.\\u0000"/);
  });

  test('an avatar must be a plain path inside the site', () => {
    const cases: ReadonlyArray<readonly [unknown, RegExp]> = [
      ['../secret.jpg', /must stay inside the site, with no "\." or "\.\." segments; found "\.\.\/secret\.jpg"/],
      ['assets/../../secret.jpg', /must stay inside the site/],
      ['https://cdn.example/bea.jpg', /must be a path inside the site, not a URL; found "https:\/\/cdn\.example\/bea\.jpg"/],
      ['javascript:alert(1)', /must be a path inside the site, not a URL/],
      ['\\\\evil.example\\bea.jpg', /must be a plain path, with no spaces, quotes, `<`, `>`, backslashes, `\?`, `#` or control characters/],
      ['assets/images/bea.jpg\n', /must be a plain path/],
      ['assets/images/bea.jpg" onerror="x', /must be a plain path/],
      ['', /must be a site-relative path such as "assets\/images\/<md5>\.jpg"; found "" \(text\)/],
      [42, /must be a site-relative path such as "assets\/images\/<md5>\.jpg"; found 42 \(a number\)/],
    ];
    for (const [avatar, expected] of cases) {
      const found = onlyProblem(author({ avatar }));
      assert.ok(found.startsWith('site.json: `authors.badely.avatar` '), found);
      assert.match(found, expected, String(avatar));
      assert.match(found, /Add the image with `npm run image -- <file>`/);
    }
  });

  test('an author that is not a mapping, or whose name is only spaces', () => {
    assert.equal(onlyProblem({ authors: { badely: 'Bea' } }), 'site.json: `authors.badely` must be { name, bio, avatar, links }; found "Bea" (text). Write it like { "name": "Bea Adeley" }.');
    assert.match(onlyProblem({ authors: { badely: { name: '  ' } } }), /`authors\.badely\.name` must be the author's display name; found "  " \(text\)/);
    assert.match(onlyProblem({ authors: { badely: { name: 'Bea\nAdeley' } } }), /`authors\.badely\.name` must be one line/);
  });
});

describe('issue #10: the logo, images and feeds', () => {
  test('the logo follows the avatar path rules', () => {
    assert.match(onlyProblem({ logo: '../logo.png' }), /^site\.json: `logo` must stay inside the site/);
    assert.match(onlyProblem({ logo: 'https://cdn.example/logo.png' }), /^site\.json: `logo` must be a path inside the site, not a URL/);
    assert.equal(resolveSite(base(), { logo: 'assets/images/227b9107784020e5b0124b1de69cb398.png' }, {}, 'site.json').logo, 'assets/images/227b9107784020e5b0124b1de69cb398.png');
  });

  test('link-preview size, pixel limit and placeholder width must be whole numbers of at least 1', () => {
    assert.deepEqual(problems({ images: { og: { width: 0, height: 1.5 }, maxPixels: -1, placeholderWidth: 'x' } }), [
      'site.json: `images.placeholderWidth` must be a whole number of pixels, at least 1; found "x" (text). Set it to, say, 16.',
      'site.json: `images.og.width` must be a whole number of pixels, at least 1; found 0 (a number). Link previews are 1200 by 630 by default.',
      'site.json: `images.og.height` must be a whole number of pixels, at least 1; found 1.5 (a number). Link previews are 1200 by 630 by default.',
      'site.json: `images.maxPixels` must be a whole number of pixels, at least 1; found -1 (a number). Set it to, say, 50000000 (50 megapixels).',
    ]);
    assert.equal(onlyProblem({ images: { og: 1200 } }), 'site.json: `images.og` must be { width, height } in pixels; found 1200 (a number). Write e.g. { "width": 1200, "height": 630 }.');
  });

  test('a width of 0 names the list it found', () => {
    assert.equal(onlyProblem({ images: { widths: [0] } }), 'site.json: `images.widths` must be a list of widths in pixels, each a whole number of at least 1; found [0]. Write e.g. [320, 640, 960, 1280, 1920].');
    assert.match(onlyProblem({ images: { widths: [] } }), /`images\.widths` .*found \[\]\./);
  });

  test('images and its quality group that are not mappings', () => {
    assert.match(onlyProblem({ images: [640] }), /^site\.json: `images` must be \{ widths, formats, quality, avifEffort, placeholderWidth, og, maxPixels \}; found a list of 1 item\./);
    assert.match(onlyProblem({ images: { quality: 50 } }), /^site\.json: `images\.quality` must be \{ avif, webp, jpeg, png \}, each from 1 to 100; found 50 \(a number\)\./);
  });

  test('a feed limit of -1', () => {
    assert.equal(onlyProblem({ feeds: { limit: -1 } }), 'site.json: `feeds.limit` must be a whole number of at least 1; found -1 (a number). Set it to, say, 20.');
  });

  test('a permalink with an unknown placeholder', () => {
    assert.match(onlyProblem({ permalink: '/:yaer/:title/' }), /^site\.json: `permalink` uses unknown placeholder :yaer in "\/:yaer\/:title\/"\. Use a style \(date, pretty/);
  });
});

describe('issue #10: date patterns are tried when the settings are read', () => {
  test('a pattern date-fns refuses is a problem quoting the pattern and date-fns\'s reason', () => {
    assert.deepEqual(problems({ dayFormat: 'd MMMM yyyy jj' }), [
      'site.json: `dayFormat` cannot be used: "d MMMM yyyy jj" gives date-fns\'s error "Format string contains an unescaped latin alphabet character `j`". Use date-fns tokens (https://date-fns.org/docs/format), like "d MMMM yyyy, HH:mm", and put other letters in single quotes: "d MMMM yyyy \'at\' HH:mm".',
    ]);
  });

  test('week-numbering years and days of the year are refused without date-fns printing warnings', (t) => {
    const warn = t.mock.method(console, 'warn', () => {});
    assert.match(onlyProblem({ dateFormat: 'd MMMM YYYY' }), /^site\.json: `dateFormat` cannot be used: "d MMMM YYYY" has `YYYY`, the week-numbering year, .*use `yyyy` for formatting years\./);
    assert.match(onlyProblem({ dateFormat: 'YYY' }), /has `YYY`, the week-numbering year/);
    assert.match(onlyProblem({ dayFormat: 'DD/MM' }), /^site\.json: `dayFormat` cannot be used: "DD\/MM" has `DD`, the day of the year, .*use `dd` for formatting days of the month\./);
    assert.equal(warn.mock.callCount(), 0);
  });

  test('an empty pattern (which crashes date-fns with a TypeError) is refused', () => {
    assert.match(onlyProblem({ dateFormat: '' }), /^site\.json: `dateFormat` must be a date-fns pattern such as "d MMMM yyyy"; found ""\./);
  });

  test('quoted words, and letters inside quotes, pass', () => {
    const site = resolveSite(base(), { dateFormat: "EEEE d MMMM yyyy 'at' HH:mm", dayFormat: "d 'DD' MMMM" }, {}, 'site.json');
    assert.deepEqual([site.dateFormat, site.dayFormat], ["EEEE d MMMM yyyy 'at' HH:mm", "d 'DD' MMMM"]);
  });
});

describe('issue #10: the rest of the settings', () => {
  test('pageSize 0, -1, "x" and 1.5 are each one problem saying what was found', () => {
    const expected = (found: string) => `site.json: \`pageSize\` must be a whole number of at least 1; found ${found}. Set it to, say, 12.`;
    assert.deepEqual([0, -1, 'x', 1.5].map((pageSize) => onlyProblem({ pageSize })), [expected('0 (a number)'), expected('-1 (a number)'), expected('"x" (text)'), expected('1.5 (a number)')]);
  });

  test('bodies.sanitize must be true or false', () => {
    assert.equal(onlyProblem({ bodies: { sanitize: 'yes' } }), 'site.json: `bodies.sanitize` must be true or false; found "yes" (text). Write `true` when authors are not trusted with raw HTML, `false` when they are.');
  });

  test('bodies.embedHosts must list lower-case host names, without scheme, path, port or wildcard', () => {
    const hosts = ['https://www.youtube.com/', '*.vimeo.com', 'WWW.YOUTUBE.COM', 'player.vimeo.com/video', 'a.example:443', 'localhost', 3, 'a..example'];
    assert.deepEqual(problems({ bodies: { embedHosts: hosts } }).map((p) => p.replace(/^site\.json: `bodies\.embedHosts\[(\d)\]` must be a host name such as "www\.youtube-nocookie\.com"/, '$1')), [
      '0, without a scheme; found "https://www.youtube.com/". Write "www.youtube.com".',
      '1, without wildcards (hosts are matched exactly); found "*.vimeo.com". List each host whose iframes a story may keep.',
      '2, in lower case; found "WWW.YOUTUBE.COM". Write "www.youtube.com".',
      '3, without a path; found "player.vimeo.com/video". Write "player.vimeo.com".',
      '4, without a port; found "a.example:443". Write "a.example".',
      '5: dot-separated labels of lower-case letters, digits and inner hyphens; found "localhost". Write the full host name, like "player.vimeo.com", and an international name in its xn-- (punycode) form.',
      '6; found 3 (a number). Write each host as a quoted string.',
      '7: dot-separated labels of lower-case letters, digits and inner hyphens; found "a..example". Write the full host name, like "player.vimeo.com", and an international name in its xn-- (punycode) form.',
    ]);
    assert.match(onlyProblem({ bodies: { embedHosts: 'www.youtube.com' } }), /^site\.json: `bodies\.embedHosts` must be a list of host names; found "www\.youtube\.com" \(text\)\./);
    assert.match(onlyProblem({ bodies: true }), /^site\.json: `bodies` must be \{ sanitize, embedHosts, liquid \}; found true/);
    assert.deepEqual(resolveSite(base(), { bodies: { sanitize: true, embedHosts: ['xn--bcher-kva.example', 'player.vimeo.com'] } }, {}, 'site.json').bodies, { sanitize: true, embedHosts: ['xn--bcher-kva.example', 'player.vimeo.com'], liquid: true });
  });

  test('the language must be a BCP 47 tag, and is written in its canonical form', () => {
    assert.equal(onlyProblem({ language: 'en_GB' }), 'site.json: `language` must be a BCP 47 language tag such as "en", "en-GB" or "pt-BR"; found "en_GB" (Incorrect locale information provided). Use hyphens: "en-GB".');
    assert.match(onlyProblem({ language: 'english' }), /`language` must be a BCP 47 language tag .*found "english"\. Start with a two- or three-letter language code/);
    assert.match(onlyProblem({ language: 'en"><script>' }), /`language` must be a BCP 47 language tag/);
    assert.equal(resolveSite(base(), { language: 'EN-gb' }, {}, 'site.json').language, 'en-GB');
  });

  test('the title must be one non-empty line; text must not carry characters XML refuses', () => {
    assert.equal(onlyProblem({ title: '' }), 'site.json: `title` must not be empty; found "". Write the text.');
    assert.match(onlyProblem({ title: 'The\nGazette' }), /^site\.json: `title` must be one line; found "The\\nGazette"/);
    assert.match(onlyProblem({ description: 'News\u0001' }), /^site\.json: `description` must not contain control characters or broken Unicode/);
    assert.match(onlyProblem({ description: 'Half a pair: \ud800' }), /^site\.json: `description` must not contain control characters or broken Unicode/);
    assert.match(onlyProblem({ excerptSeparator: '' }), /^site\.json: `excerptSeparator` must not be empty/);
    assert.equal(resolveSite(base(), { description: 'Two lines\nand an emoji 📰' }, {}, 'site.json').description, 'Two lines\nand an emoji 📰');
  });

  test('groups that are not mappings are one problem each', () => {
    assert.equal(onlyProblem({ frontPage: 6 }), 'site.json: `frontPage` must be { latest, sections, perSection }; found 6 (a number). Give only the numbers to change, e.g. { "latest": 4 }.');
  });

  test('this site\'s own settings and Broadsheet\'s defaults pass, with no warnings', () => {
    assert.deepEqual(resolveSiteWithWarnings(siteSettings(), {}, {}, 'src/site.ts').warnings, []);
    assert.deepEqual(resolveSiteWithWarnings(defaultSettings(), {}, {}, 'site.json').warnings, []);
  });
});

describe('issue #10: the origin and the path prefix, in the file and in the environment', () => {
  const origin = (value: string) => onlyProblem({}, { SITE_URL: value });

  test('SITE_URL must be an origin: no credentials, query, fragment, bad port or non-ASCII host', () => {
    assert.equal(origin('https://user:secret@news.example'), 'environment: `SITE_URL` must not carry a user name or password, which every page and feed would publish; found "https://user:secret@news.example". Write only the scheme and host, like "https://news.example.com".');
    assert.match(origin('https://news.example/?utm=x'), /^environment: `SITE_URL` must not have a query \(`\?…`\) or fragment \(`#…`\); found "https:\/\/news\.example\/\?utm=x"\./);
    assert.match(origin('https://news.example#top'), /must not have a query/);
    assert.match(origin('https://news.example:99999'), /^environment: `SITE_URL` must name its host in ASCII letters, digits, dots and hyphens, with an optional port from 1 to 65535/);
    assert.match(origin('https://bücher.example'), /Write an international name in its xn-- \(punycode\) form/);
    assert.match(origin('javascript:alert(1)'), /^environment: `SITE_URL` must be an absolute http\(s\) origin without a path/);
  });

  test('SITE_URL must hold nothing that breaks XML or an attribute', () => {
    for (const value of ['https://news.example"><script>', "https://news.example'", 'https://news.example\n', 'https://news example', 'https://news.example\\', 'https://news.example<', 'https://news.example\u0000']) {
      assert.match(origin(value), /^environment: `SITE_URL` must be an absolute http\(s\) origin with no spaces, quotes, `<`, `>`, backslashes or control characters; found /, JSON.stringify(value));
    }
  });

  test('ports, IPv6 hosts and a trailing slash pass', () => {
    assert.equal(resolveSite(base(), {}, { SITE_URL: 'http://localhost:8080/' }, 'site.json').url, 'http://localhost:8080');
    assert.equal(resolveSite(base(), {}, { SITE_URL: 'http://[::1]:8080' }, 'site.json').url, 'http://[::1]:8080');
  });

  test('PATH_PREFIX must be one line of plain URL path', () => {
    const prefix = (value: string) => onlyProblem({}, { PATH_PREFIX: value });
    assert.equal(prefix('/news/\n/*\n  X-Injected: yes'), 'environment: `PATH_PREFIX` must be one line of URL path with no control characters or line breaks; found "/news/\\n/*\\n  X-Injected: yes". Write it like "/news/" (or "/" for the root of the host).');
    assert.equal(prefix('/a b/'), 'environment: `PATH_PREFIX` may hold only letters, digits, "-", ".", "_", "~" and "/"; found "/a b/", with " ". Write it like "/news/" (or "/" for the root of the host).');
    assert.match(prefix('"><script>'), /found "\\"><script>", with "\\"", ">", "<"/);
    for (const value of ['/news?x=1', '/news#top', '/news\\', "/news'", '/news%2F', 'https://evil.example']) assert.match(prefix(value), /may hold only letters, digits/, value);
    assert.match(prefix('../site'), /^environment: `PATH_PREFIX` must not have "\." or "\.\." segments; found "\.\.\/site"\./);
    assert.match(prefix('/a/./b'), /must not have "\." or "\.\." segments/);
  });

  test('the file\'s url and pathPrefix get the same checks, named by the file', () => {
    const found = problems({ url: 'https://user@news.example', pathPrefix: '/news/\r\nX: y' });
    assert.equal(found.length, 2, found.join('\n'));
    assert.ok(found[0]?.startsWith('site.json: `url` must not carry a user name or password'), found[0]);
    assert.ok(found[1]?.startsWith('site.json: `pathPrefix` must be one line of URL path with no control characters or line breaks'), found[1]);
  });

  test('a misspelt SITE_TIME_ZONE gets a suggestion; an unknown one the usual examples', () => {
    assert.equal(onlyProblem({}, { SITE_TIME_ZONE: 'Mars/Base' }), 'environment: `SITE_TIME_ZONE` must be an IANA time zone; found "Mars/Base". Use a name such as "UTC", "Europe/London" or "America/New_York".');
    assert.match(onlyProblem({}, { SITE_TIME_ZONE: 'America/New_Yrok' }), /Did you mean "America\/New_York"\?$/);
  });

  test('environment problems come first, then the file\'s, all in one error', () => {
    assert.deepEqual(problems({ pageSize: 0, language: 'en_GB' }, { SITE_URL: 'ftp://x', PATH_PREFIX: '/a b', SITE_TIME_ZONE: 'Nowhere' }).map((p) => /^[^`]*`[^`]*`/.exec(p)?.[0]), [
      'environment: `SITE_URL`', 'environment: `PATH_PREFIX`', 'environment: `SITE_TIME_ZONE`', 'site.json: `language`', 'site.json: `pageSize`',
    ]);
  });
});

describe('issue #10: unknown settings are warnings with a did-you-mean, never errors', () => {
  test('at the top level', () => {
    assert.deepEqual(warnings({ titel: 'The Gazette', pageSzie: 5 }), [
      'site.json: `titel` is not a setting, so it is ignored; did you mean `title`? Rename it to `title`.',
      'site.json: `pageSzie` is not a setting, so it is ignored; did you mean `pageSize`? Rename it to `pageSize`.',
    ]);
  });

  test('in every group, in each author and in each author link', () => {
    const found = warnings({
      images: { widht: [640], quality: { jxl: 50 }, og: { hieght: 600 } },
      feeds: { limt: 5 },
      frontPage: { lates: 2 },
      bodies: { sanitise: true },
      authors: { badely: { name: 'Bea', avtar: 'assets/images/bea.jpg', links: [{ label: 'x', url: 'https://a.example', rel: 'me' }] } },
    });
    assert.deepEqual(found.map((w) => w.replace(/^site\.json: /, '').split(' is not a setting')[0] + (w.match(/did you mean (`[^`]+`)/)?.[1] ?? ' (none)')), [
      '`images.widht``images.widths`',
      '`images.quality.jxl` (none)',
      '`images.og.hieght``images.og.height`',
      '`feeds.limt``feeds.limit`',
      '`frontPage.lates``frontPage.latest`',
      '`bodies.sanitise``bodies.sanitize`',
      '`authors.badely.avtar``authors.badely.avatar`',
      '`authors.badely.links[0].rel` (none)',
    ]);
  });

  test('a key with no likely meaning lists the known ones; case slips are caught', () => {
    assert.deepEqual(warnings({ colour: 'red', PageSize: 3 }), [
      'site.json: `colour` is not a setting, so it is ignored. Remove it, or use one of: title, description, url, pathPrefix, language, timeZone, permalink, pageSize, relatedCount, categoryBase, tagBase, authorBase, frontPage, excerptSeparator, dateFormat, dayFormat, authors, images, feeds, search, logo, icon, manifest, bodies, navigation, showTimeZone, story, breaking.',
      'site.json: `PageSize` is not a setting, so it is ignored; did you mean `pageSize`? Rename it to `pageSize`.',
    ]);
  });

  test('the settings still resolve, with the misspelt value ignored', () => {
    const { site } = resolveSiteWithWarnings(base(), { titel: 'Other' }, {}, 'site.json');
    assert.equal(site.title, base().title);
  });

  test('a JSON "__proto__" key is a warned-about own key, not a prototype the settings are read from', () => {
    const overrides = JSON.parse('{"__proto__": {"logo": "javascript:alert(1)", "search": false}}') as Record<string, unknown>;
    const { site, warnings: found } = resolveSiteWithWarnings(base(), overrides, {}, 'site.json');
    assert.equal(site.logo, undefined);
    assert.equal(Object.getPrototypeOf(site), Object.prototype);
    assert.match(found.map(formatProblem).join('\n'), /`__proto__` is not a setting, so it is ignored/);
  });

  test('warnings come back beside a problem-free site; problems still throw', () => {
    assert.throws(() => resolveSiteWithWarnings(base(), { titel: 'x', pageSize: 0 }, {}, 'site.json'), ConfigError);
  });
});

describe('issue #10: one problem per fault', () => {
  test('a control character in the url is reported once, by the origin rule', () => {
    assert.match(onlyProblem({ url: 'https://news.example\u0001' }), /^site\.json: `url` must be an absolute http\(s\) origin with no spaces/);
    assert.match(onlyProblem({ language: 'en\u0001' }), /^site\.json: `language` must be a BCP 47 language tag/);
  });

  test('a date pattern with a line break is refused before date-fns sees it', () => {
    assert.match(onlyProblem({ dateFormat: "d MMMM'\n'yyyy" }), /^site\.json: `dateFormat` must be one line/);
  });
});
