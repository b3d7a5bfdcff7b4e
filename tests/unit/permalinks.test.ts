/** URLs (issue #2): Jekyll's permalink styles and placeholders, safe paths, output files and links. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ConfigError, formatProblem } from '../../src/errors.ts';
import { resolveSite } from '../../src/site.ts';
import { zonedParts } from '../../src/content/dates.ts';
import {
  absoluteUrl, assetUrl, checkPermalinkPattern, checkUrlPath, defaultPermalink, expandPermalink, href, outputPathFor, type PermalinkValues,
} from '../../src/urls/permalinks.ts';
import { markdown, postFrom, problemsOf, siteIn } from './support.ts';

/** 2025-10-09 14:05:09 UTC, a Thursday, day 282, ISO week 41; file name slug `Rare-Earths`. */
function values(categories: readonly string[] = ['tech', 'world'], instant = '2025-10-09T14:05:09Z'): PermalinkValues {
  return { parts: zonedParts(new Date(instant), 'UTC'), title: 'Rare-Earths', slug: 'rare-earths', categories };
}

function url(pattern: string, given: PermalinkValues = values()): string {
  const expansion = expandPermalink(pattern, given);
  assert.ok(expansion.ok, expansion.ok ? '' : expansion.reason);
  return expansion.url;
}

describe("Jekyll's named permalink styles", () => {
  test('date', () => {
    assert.equal(url('date'), '/tech/world/2025/10/09/Rare-Earths.html');
  });

  test('pretty', () => {
    assert.equal(url('pretty'), '/tech/world/2025/10/09/Rare-Earths/');
  });

  test('ordinal', () => {
    assert.equal(url('ordinal'), '/tech/world/2025/282/Rare-Earths.html');
  });

  test('weekdate', () => {
    assert.equal(url('weekdate'), '/tech/world/2025/W41/Thu/Rare-Earths.html');
  });

  test('none', () => {
    assert.equal(url('none'), '/tech/world/Rare-Earths.html');
  });

  test('without categories the empty segment disappears', () => {
    assert.equal(url('date', values([])), '/2025/10/09/Rare-Earths.html');
    assert.equal(url('none', values([])), '/Rare-Earths.html');
  });
});

describe('placeholders', () => {
  test('the default is /:year/:month/:day/:title/', () => {
    assert.equal(defaultPermalink, '/:year/:month/:day/:title/');
    assert.equal(url(defaultPermalink), '/2025/10/09/Rare-Earths/');
  });

  test('every date placeholder, padded or not', () => {
    const early = values([], '2025-01-05T04:03:02Z');
    assert.equal(url('/:year/:short_year/:month/:i_month/:day/:i_day/:hour/:minute/:second/', early), '/2025/25/01/1/05/5/04/03/02/');
  });

  test(':title keeps the case, :slug is lower-cased, :categories joins category slugs with /', () => {
    assert.equal(url('/:categories/:title/:slug/'), '/tech/world/Rare-Earths/rare-earths/');
  });

  test('date placeholders use the site time zone (via zonedParts)', () => {
    const inNewYork: PermalinkValues = { ...values([]), parts: zonedParts(new Date('2025-10-09T02:00:00Z'), 'America/New_York') };
    assert.equal(url('/:year/:month/:day/:hour/', inNewYork), '/2025/10/08/22/');
  });

  test('an unknown placeholder is refused, naming it and the known ones', () => {
    assert.deepEqual(expandPermalink('/:year/:headline/', values()), {
      ok: false,
      reason: 'uses unknown placeholder :headline in "/:year/:headline/"',
      fix: 'Use a style (date, pretty, ordinal, weekdate, none) or the placeholders :year :month :day :i_month :i_day :short_year :hour :minute :second :y_day :week :short_day :long_day :w_year :w_day :short_month :long_month :title :slug :categories :slugified_categories :output_ext.',
    });
  });
});

describe('paths that could escape the site are rejected', () => {
  test('.. segments', () => {
    assert.deepEqual(checkUrlPath('/news/../../etc/'), {
      ok: false,
      reason: '"/news/../../etc/" climbs out of the site with "." or ".." segments',
      fix: 'Write a site-relative path such as /2025/10/09/my-story/.',
    });
  });

  test('. segments', () => {
    assert.equal(checkUrlPath('/news/./x/').ok, false);
  });

  test('.. produced by a placeholder', () => {
    assert.equal(expandPermalink('/:title/', { ...values(), title: '..' }).ok, false);
  });

  test('backslashes, query strings, fragments, control characters and schemes', () => {
    for (const path of ['/a\\..\\b/', '/a?b=1', '/a#top', '/a\nb/', 'javascript:alert(1)', 'https://evil.example/']) {
      assert.equal(checkUrlPath(path).ok, false, path);
    }
  });

  test('dots inside a segment are fine', () => {
    assert.deepEqual(checkUrlPath('/releases/v1.2.../'), { ok: true, url: '/releases/v1.2.../' });
  });

  test('a missing leading slash is added and repeated slashes collapse', () => {
    assert.deepEqual(checkUrlPath('news//2025///x/'), { ok: true, url: '/news/2025/x/' });
  });
});

describe("a post's URL", () => {
  const dated = 'posts/2025-10-09-rare-earths.md';

  test('follows the site permalink style', () => {
    const site = siteIn('UTC', { permalink: 'date' });
    assert.equal(postFrom(dated, markdown(['title: X', 'categories: [Technology]']), { site }).url, '/technology/2025/10/09/rare-earths.html');
  });

  test("the post's own permalink wins, placeholders and all", () => {
    const post = postFrom(dated, markdown(['title: X', 'categories: Technology', 'permalink: /:categories/:year/:slug.html']));
    assert.deepEqual({ url: post.url, outputPath: post.outputPath }, { url: '/technology/2025/rare-earths.html', outputPath: 'technology/2025/rare-earths.html' });
  });

  test("a post permalink with .. is the post's problem, with its line", () => {
    assert.deepEqual(problemsOf(dated, markdown(['title: X', 'permalink: /../outside/'])), [
      `${dated}:3: \`permalink\` "/../outside/" climbs out of the site with "." or ".." segments. Write a site-relative path such as /2025/10/09/my-story/.`,
    ]);
  });

  test('a post permalink with an unknown placeholder is a problem', () => {
    assert.deepEqual(problemsOf(dated, markdown(['title: X', 'permalink: /:headline/'])), [
      `${dated}:3: \`permalink\` uses unknown placeholder :headline in "/:headline/". Use a style (date, pretty, ordinal, weekdate, none) or the placeholders :year :month :day :i_month :i_day :short_year :hour :minute :second :y_day :week :short_day :long_day :w_year :w_day :short_month :long_month :title :slug :categories :slugified_categories :output_ext.`,
    ]);
  });

  test('a site permalink with an unknown placeholder is reported once, against the site settings', () => {
    assert.throws(
      () => resolveSite(siteIn('UTC'), { permalink: '/:yaer/:title/' }, {}, 'src/site.ts'),
      (error: unknown) => error instanceof ConfigError && error.problems.map(formatProblem)[0]?.startsWith('src/site.ts: `permalink` uses unknown placeholder :yaer in "/:yaer/:title/". ') === true,
    );
  });

  test('a post whose own values make an unusable URL is reported against its slug', () => {
    const [problem] = problemsOf(dated, markdown(['title: X', 'slug: ..']), { site: siteIn('UTC') });
    assert.match(problem ?? '', /^posts\/2025-10-09-rare-earths\.md:3: `slug` makes an unusable URL: /);
  });
});

describe('the file a URL is written to', () => {
  test('/a/ → a/index.html', () => {
    assert.equal(outputPathFor('/2025/10/09/rare-earths/'), '2025/10/09/rare-earths/index.html');
  });

  test('/ → index.html', () => {
    assert.equal(outputPathFor('/'), 'index.html');
  });

  test('/a.html → a.html', () => {
    assert.equal(outputPathFor('/2025/10/09/rare-earths.html'), '2025/10/09/rare-earths.html');
  });

  test('/a → a.html', () => {
    assert.equal(outputPathFor('/2025/10/09/rare-earths'), '2025/10/09/rare-earths.html');
  });

  test('/v1.2 → v1.2.html, as Jekyll adds the output extension (regression, issue #2)', () => {
    assert.equal(outputPathFor('/releases/v1.2'), 'releases/v1.2.html');
  });

  test('a non-HTML page names its output extension', () => {
    assert.equal(outputPathFor('/feed.xml', '.xml'), 'feed.xml');
    assert.equal(outputPathFor('/feeds/', '.xml'), 'feeds/index.xml');
  });

  test('non-ASCII paths are written decoded', () => {
    assert.equal(outputPathFor('/2025/10/09/稀土/'), '2025/10/09/稀土/index.html');
  });
});

describe('links', () => {
  const root = { url: 'https://news.example.com', pathPrefix: '/' };
  const prefixed = { url: 'https://user.github.io', pathPrefix: '/news/' };

  test('href adds the path prefix', () => {
    assert.equal(href(root, '/2025/10/09/x/'), '/2025/10/09/x/');
    assert.equal(href(prefixed, '/2025/10/09/x/'), '/news/2025/10/09/x/');
    assert.equal(href(prefixed, '/'), '/news/');
  });

  test('href percent-encodes non-ASCII, spaces and %', () => {
    assert.equal(href(prefixed, '/2025/10/09/稀土/'), '/news/2025/10/09/%E7%A8%80%E5%9C%9F/');
    assert.equal(href(root, '/café society/'), '/caf%C3%A9%20society/');
    assert.equal(href(root, '/100%-growth/'), '/100%25-growth/');
  });

  test('href leaves path-safe punctuation alone', () => {
    assert.equal(href(root, "/Rare-Earths-v1.2-(draft)-&-more!/"), "/Rare-Earths-v1.2-(draft)-&-more!/");
  });

  test('absoluteUrl is the origin plus href', () => {
    assert.equal(absoluteUrl(prefixed, '/2025/10/09/稀土/'), 'https://user.github.io/news/2025/10/09/%E7%A8%80%E5%9C%9F/');
  });

  test('assetUrl makes a site-relative path absolute-path', () => {
    assert.equal(assetUrl('assets/images/a.jpg'), '/assets/images/a.jpg');
    assert.equal(assetUrl('//assets/images/a.jpg'), '/assets/images/a.jpg');
  });
});

// Issue #10: a URL part longer than a file name may be failed the build with ENAMETOOLONG mid-write.
describe('URL parts longer than file systems allow', () => {
  test('are refused before anything is written, naming the length', () => {
    const result = checkUrlPath(`/news/${'a'.repeat(300)}/`);
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.reason, /has a part of 300 bytes/);
  });
  test('count bytes: 100 Chinese characters are 300 bytes', () => {
    assert.equal(checkUrlPath(`/${'稀'.repeat(100)}/`).ok, false);
    assert.equal(checkUrlPath(`/${'稀'.repeat(80)}/`).ok, true);
  });
});

describe('a permalink that is a URL', () => {
  test('is refused as a URL, not read as a pattern with placeholders', () => {
    for (const value of ['javascript:alert(1)', 'https://evil.example/x/', 'data:text/html,x']) {
      const problem = checkPermalinkPattern(value);
      assert.equal(problem?.reason, `must be a path inside the site, not a URL; found ${JSON.stringify(value)}`);
    }
  });
  test('placeholders right after the leading slash are still patterns', () => {
    assert.equal(checkPermalinkPattern('/:year/:title/'), undefined);
    assert.equal(checkPermalinkPattern(':year/:title/'), undefined);
  });
});

// Issue #11: the rest of Jekyll 4.3's URL placeholders (Drops::UrlDrop), as the oracle corpus uses them.
describe("Jekyll's name and week placeholders", () => {
  test('month and day names in English, ISO week year and day, slugified categories', () => {
    const parts = zonedParts(new Date('2025-12-29T10:00:00Z'), 'UTC');
    const result = expandPermalink('/:slugified_categories/:w_year/:w_day/:short_month/:long_month/:long_day/:title/', {
      parts, title: 'x', slug: 'x', categories: ['build service', 'c#', 'build service'],
    });
    assert.deepEqual(result, { ok: true, url: '/build-service/c/2026/1/Dec/December/Monday/x/' });
  });
});
