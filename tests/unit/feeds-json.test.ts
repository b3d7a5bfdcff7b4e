/** JSON Feed 1.1 (issue #5): the keys the spec requires, absolute URLs, summary or full text, escaping by JSON. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildCollections } from '../../src/collections/index.ts';
import { newestFirst } from '../../src/collections/posts.ts';
import type { Post } from '../../src/content/schema.ts';
import { type FeedFile, type FeedOptions, planFeeds } from '../../src/feeds/plan.ts';
import { resolveSite } from '../../src/site.ts';
import { buildClock, markdown, postFrom, siteIn } from './support.ts';

const site = resolveSite(siteIn('UTC'), {}, { SITE_URL: 'https://example.org', PATH_PREFIX: '/news/' }, 'site.json');
const origin = 'https://example.org/news/';
const awkwardTitle = 'AT&T\'s "Q&A" </script> ]]>';

const posts: readonly Post[] = newestFirst([
  postFrom('posts/2025-10-03-awkward.md', markdown([`title: ${JSON.stringify(awkwardTitle)}`, 'description: "Fish & chips < 5"', 'categories: [R&D, Science]', 'author: badely', 'last_modified_at: 2025-10-04T10:00:00Z'])),
  postFrom('posts/2025-10-02-pictured.md', markdown(['title: Pictured', 'image: https://cdn.example.net/photos/lead.webp'])),
]);

function feedAt(url: string, given: Partial<FeedOptions> = {}): Record<string, unknown> {
  const options: FeedOptions = { fullText: false, limit: 20, renderBody: () => '<p><a href="/news/2025/10/02/pictured/">See</a></p>', leadImageUrl: (post) => post.image?.src, ...given };
  const files: FeedFile[] = planFeeds(buildCollections(posts, site, buildClock), site, options);
  const file = files.find((candidate) => candidate.url === url);
  assert.ok(file, `no feed at ${url}`);
  assert.equal(file.contentType, 'application/feed+json');
  return JSON.parse(file.render()) as Record<string, unknown>;
}

type Item = Record<string, unknown>;
const itemsOf = (feed: Record<string, unknown>): Item[] => feed['items'] as Item[];

describe('JSON Feed', () => {
  const feed = feedAt('/feed.json');
  const items = itemsOf(feed);

  test('is version 1.1 with a title, home page, its own URL and language', () => {
    assert.equal(feed['version'], 'https://jsonfeed.org/version/1.1');
    assert.equal(feed['title'], 'The Test Gazette');
    assert.equal(feed['home_page_url'], origin);
    assert.equal(feed['feed_url'], `${origin}feed.json`);
    assert.equal(feed['language'], 'en');
    assert.deepEqual(feed['authors'], [{ name: 'The Test Gazette', url: origin }]);
  });

  test('lists items newest first, each with an id, an absolute url and dates', () => {
    assert.deepEqual(items.map((item) => item['id']), [`${origin}2025/10/03/awkward/`, `${origin}2025/10/02/pictured/`]);
    assert.deepEqual(items.map((item) => item['url']), items.map((item) => item['id']));
    assert.deepEqual(items.map((item) => [item['date_published'], item['date_modified']]), [['2025-10-03T00:00:00.000Z', '2025-10-04T10:00:00.000Z'], ['2025-10-02T00:00:00.000Z', undefined]]);
  });

  test('gives authors with their page, sections as tags, and the lead image', () => {
    assert.deepEqual(items[0]?.['authors'], [{ name: 'Bea Adeley', url: `${origin}author/badely/` }]);
    assert.deepEqual(items[0]?.['tags'], ['R&D', 'Science']);
    assert.equal(items[1]?.['image'], 'https://cdn.example.net/photos/lead.webp', 'an absolute image URL is kept as given');
    assert.equal(items[1]?.['authors'], undefined);
  });

  test('carries the summary as content_text when feeds carry summaries', () => {
    assert.equal(items[0]?.['content_text'], 'Fish & chips < 5');
    assert.equal(items[0]?.['content_html'], undefined);
  });

  test('titles round-trip exactly', () => {
    assert.equal(items[0]?.['title'], awkwardTitle);
  });
});

describe('JSON Feed with full text', () => {
  const items = itemsOf(feedAt('/category/science/feed.json', { fullText: true }));

  test('carries the story’s HTML with absolute links as content_html, and the summary beside it', () => {
    assert.equal(items[0]?.['content_html'], `<p><a href="${origin}2025/10/02/pictured/">See</a></p>`);
    assert.equal(items[0]?.['summary'], 'Fish & chips < 5');
    assert.equal(items[0]?.['content_text'], undefined);
  });

  test('a section’s feed links its own page and file', () => {
    const feed = feedAt('/category/science/feed.json');
    assert.equal(feed['home_page_url'], `${origin}category/science/`);
    assert.equal(feed['feed_url'], `${origin}category/science/feed.json`);
    assert.equal(feed['title'], 'The Test Gazette: Science');
  });
});
