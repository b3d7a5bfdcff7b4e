/**
 * Which feeds a build writes (issue #5): Atom, RSS and JSON Feed for the site, each section and each author, at
 * URLs from permalinks, newest first, `limit` items, dated by their newest item and never by the clock.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildCollections } from '../../src/collections/index.ts';
import { newestFirst } from '../../src/collections/posts.ts';
import type { Post } from '../../src/content/schema.ts';
import { ConfigError } from '../../src/errors.ts';
import { type FeedFile, type FeedOptions, planFeeds } from '../../src/feeds/plan.ts';
import { checkFeedSettings, defaultFeedSettings } from '../../src/feeds/settings.ts';
import type { Site } from '../../src/site.ts';
import { buildClock, markdown, postFrom, siteIn } from './support.ts';

const site = siteIn('UTC');

function story(stem: string, ...frontMatter: string[]): Post {
  return postFrom(`posts/${stem}.md`, markdown([`title: ${stem.slice(11)}`, ...frontMatter]), { site });
}

function options(overrides: Partial<FeedOptions> = {}): FeedOptions {
  return { ...defaultFeedSettings(), renderBody: (post) => `<p>${post.title}</p>`, leadImageUrl: () => undefined, ...overrides };
}

function plan(posts: readonly Post[], given: Partial<FeedOptions> = {}, settings: Site = site): FeedFile[] {
  const sorted = newestFirst(posts);
  return planFeeds(buildCollections(sorted, settings, buildClock), settings, options(given));
}

/** The `<id>` of each Atom entry, in document order. */
const atomIds = (xml: string): string[] => [...xml.matchAll(/<entry>\s*<title[^>]*>.*?<\/title>\s*<id>([^<]*)<\/id>/gs)].map((match) => match[1] ?? '');

const feedOf = (files: readonly FeedFile[], url: string): FeedFile => {
  const file = files.find((candidate) => candidate.url === url);
  assert.ok(file, `no feed at ${url}; planned: ${files.map((candidate) => candidate.url).join(', ')}`);
  return file;
};

/** Technology has c, b; Science has c, a; Bea wrote c and a, Lin wrote b; the page is in no feed. */
const posts = [
  story('2025-10-03-c', 'categories: [Technology, Science]', 'author: badely'),
  story('2025-10-02-b', 'categories: [technology]', 'author: lchen'),
  story('2025-10-01-a', 'categories: [Science]', 'author: badely'),
  postFrom('posts/about.md', markdown(['title: About', 'date: 2025-10-04T12:00:00Z', 'layout: page', 'categories: [Science]']), { site }),
];

describe('planFeeds', () => {
  const files = plan(posts);

  test('plans Atom, RSS and JSON Feed for the site, then each section and each author, in the collections’ order', () => {
    assert.deepEqual(
      files.map((file) => `${file.url} ${file.outputPath} ${file.contentType}`),
      [
        '/feed.xml feed.xml application/atom+xml',
        '/rss.xml rss.xml application/rss+xml',
        '/feed.json feed.json application/feed+json',
        '/category/science/feed.xml category/science/feed.xml application/atom+xml',
        '/category/science/rss.xml category/science/rss.xml application/rss+xml',
        '/category/science/feed.json category/science/feed.json application/feed+json',
        '/category/technology/feed.xml category/technology/feed.xml application/atom+xml',
        '/category/technology/rss.xml category/technology/rss.xml application/rss+xml',
        '/category/technology/feed.json category/technology/feed.json application/feed+json',
        '/author/badely/feed.xml author/badely/feed.xml application/atom+xml',
        '/author/badely/rss.xml author/badely/rss.xml application/rss+xml',
        '/author/badely/feed.json author/badely/feed.json application/feed+json',
        '/author/lchen/feed.xml author/lchen/feed.xml application/atom+xml',
        '/author/lchen/rss.xml author/lchen/rss.xml application/rss+xml',
        '/author/lchen/feed.json author/lchen/feed.json application/feed+json',
      ],
    );
  });

  test('names each feed’s subject for messages', () => {
    assert.deepEqual([...new Set(files.map((file) => file.source))], ['the site feed', 'the feed of the category "Science"', 'the feed of the category "Technology"', 'the feed of the author "Bea Adeley"', 'the feed of the author "Lin Chen"']);
  });

  test('each feed lists its own stories newest first; standalone pages are in none', () => {
    const base = 'https://news.example.com/2025/10/';
    assert.deepEqual(atomIds(feedOf(files, '/feed.xml').render()), [`${base}03/c/`, `${base}02/b/`, `${base}01/a/`]);
    assert.deepEqual(atomIds(feedOf(files, '/category/science/feed.xml').render()), [`${base}03/c/`, `${base}01/a/`]);
    assert.deepEqual(atomIds(feedOf(files, '/category/technology/feed.xml').render()), [`${base}03/c/`, `${base}02/b/`]);
    assert.deepEqual(atomIds(feedOf(files, '/author/lchen/feed.xml').render()), [`${base}02/b/`]);
  });

  test('a section spelt in another case shares its section’s feed, under the most used spelling', () => {
    assert.equal(files.filter((file) => file.url.startsWith('/category/')).length, 6);
    assert.match(feedOf(files, '/category/technology/rss.xml').render(), /<title>The Test Gazette: Technology<\/title>/);
  });
});

describe('feed length and dates', () => {
  const many = Array.from({ length: 25 }, (_, index) => story(`2025-09-${String(index + 1).padStart(2, '0')}-s${index + 1}`, 'categories: [World]'));

  test('a feed lists the newest `limit` stories', () => {
    const ids = atomIds(feedOf(plan(many, { limit: 3 }), '/category/world/feed.xml').render());
    assert.deepEqual(ids, ['https://news.example.com/2025/09/25/s25/', 'https://news.example.com/2025/09/24/s24/', 'https://news.example.com/2025/09/23/s23/']);
  });

  test('the default limit is 20', () => {
    assert.equal(defaultFeedSettings().limit, 20);
    assert.equal(atomIds(feedOf(plan(many), '/feed.xml').render()).length, 20);
    assert.equal(JSON.parse(feedOf(plan(many), '/feed.json').render()).items.length, 20);
  });

  test('a feed is updated when its newest item was, counting `last_modified_at`', () => {
    const edited = [story('2025-10-02-new'), story('2025-10-01-old', 'last_modified_at: 2025-10-05T08:30:00Z')];
    const files = plan(edited);
    assert.match(feedOf(files, '/feed.xml').render(), /<feed [^>]*>\s*<id>[^<]*<\/id>\s*<title>[^<]*<\/title>\s*<updated>2025-10-05T08:30:00.000Z<\/updated>/);
    assert.match(feedOf(files, '/rss.xml').render(), /<lastBuildDate>Sun, 05 Oct 2025 08:30:00 GMT<\/lastBuildDate>/);
  });

  test('a site with no stories has a feed dated at the epoch, not at the clock', (t) => {
    t.mock.timers.enable({ apis: ['Date'], now: Date.parse('2030-01-01T00:00:00Z') });
    const files = plan([]);
    assert.match(feedOf(files, '/feed.xml').render(), /<updated>1970-01-01T00:00:00.000Z<\/updated>/);
    assert.match(feedOf(files, '/rss.xml').render(), /<lastBuildDate>Thu, 01 Jan 1970 00:00:00 GMT<\/lastBuildDate>/);
  });
});

describe('reproducible output', () => {
  const renderAll = (): string[] => plan(posts, { fullText: true }).map((file) => `${file.outputPath}\n${file.render()}`);

  test('two plans of the same input render byte-identical feeds', () => {
    assert.deepEqual(renderAll(), renderAll());
  });

  test('the clock does not change a byte', (t) => {
    t.mock.timers.enable({ apis: ['Date'], now: Date.parse('2001-02-03T04:05:06Z') });
    const early = renderAll();
    t.mock.timers.setTime(Date.parse('2039-12-31T23:59:59Z'));
    assert.deepEqual(renderAll(), early);
  });

  test('a body is rendered once per feed, however many formats show it', () => {
    const seen: string[] = [];
    const files = plan(posts, { fullText: true, renderBody: (post) => (seen.push(post.title), '') }).filter((file) => file.source === 'the site feed');
    for (const file of files) file.render();
    assert.deepEqual(seen, ['c', 'b', 'a']);
  });
});

describe('feed settings', () => {
  test('defaults are summaries and 20 items, a fresh object each time', () => {
    const settings = defaultFeedSettings();
    assert.deepEqual(settings, { fullText: false, limit: 20 });
    assert.notEqual(defaultFeedSettings(), settings);
  });

  test('bad settings are reported field by field', () => {
    assert.deepEqual(checkFeedSettings({ fullText: 'yes', limit: 0 }, 'site.json'), [
      { file: 'site.json', field: 'feeds.fullText', message: 'must be true or false; found "yes" (text).', fix: 'Write `true` for whole stories or `false` for summaries.' },
      { file: 'site.json', field: 'feeds.limit', message: 'must be a whole number of at least 1; found 0 (a number).', fix: 'Set it to, say, 20.' },
    ]);
    assert.deepEqual(checkFeedSettings(defaultFeedSettings(), 'site.json'), []);
  });

  test('planning with a limit below 1 fails instead of writing empty feeds', () => {
    assert.throws(() => plan(posts, { limit: 0 }), (error: unknown) => error instanceof ConfigError && /feeds\.limit/.test(error.message));
  });
});
