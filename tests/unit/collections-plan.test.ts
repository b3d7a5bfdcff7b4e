/**
 * Every page a build writes (issue #3): the URLs of listing pages and their /page/N/ pages, how many pages each
 * listing gets, and the indexes of sections, tags and authors.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildCollections } from '../../src/collections/index.ts';
import { newestFirst } from '../../src/collections/posts.ts';
import type { Post } from '../../src/content/schema.ts';
import { type IndexPage, type ListingPage, type PageSpec, planPages } from '../../src/pages/plan.ts';
import type { Site } from '../../src/site.ts';
import { buildClock, markdown, postFrom, siteIn } from './support.ts';

/** Two stories a page; the front page shows a lead, one latest story and up to two one-story section blocks. */
const site = siteIn('UTC', { pageSize: 2, frontPage: { latest: 1, sections: 2, perSection: 1, featuredHours: 48 } });

function story(stem: string, ...frontMatter: string[]): Post {
  return postFrom(`posts/${stem}.md`, markdown([`title: ${stem.slice(11)}`, ...frontMatter]), { site });
}

function plan(posts: readonly Post[], settings: Site = site): PageSpec[] {
  const sorted = newestFirst(posts);
  return planPages(sorted, buildCollections(sorted, settings, buildClock), settings);
}

/** Listing and front pages as `url  page/total: titles`. */
function listings(pages: readonly PageSpec[]): string[] {
  return pages.flatMap((page) => (page.kind === 'listing' || page.kind === 'front' ? [`${page.url}  ${page.page.number}/${page.page.total}: ${page.page.items.map((post) => post.title).join(', ')}`] : []));
}

/**
 * Five stories and a standalone page. Technology has 3 stories (two pages), Science 2 (one page); the tag "AI" is
 * spelled "ai" once; "a" has no section and no author; the page's section "About" is on no story.
 */
const site5 = [
  story('2025-10-05-e', 'categories: [Technology]', 'tags: [AI]', 'author: badely'),
  story('2025-10-04-d', 'categories: [Technology]', 'tags: [AI]', 'author: badely'),
  story('2025-10-03-c', 'categories: [Technology, Science]', 'tags: [ai]', 'author: lchen'),
  story('2025-10-02-b', 'categories: [Science]', 'author: badely'),
  story('2025-09-30-a', 'tags: [trade]'),
  postFrom('posts/about.md', markdown(['title: About', 'date: 2025-10-01T12:00:00Z', 'layout: page', 'categories: [About]']), { site }),
];

describe('planPages', () => {
  const pages = plan(site5);

  test('plans a page per story and standalone page at its own URL', () => {
    assert.deepEqual(
      pages.filter((page) => page.kind === 'story').map((page) => `${page.url} ${page.outputPath}`),
      ['/2025/10/05/e/ 2025/10/05/e/index.html', '/2025/10/04/d/ 2025/10/04/d/index.html', '/2025/10/03/c/ 2025/10/03/c/index.html', '/2025/10/02/b/ 2025/10/02/b/index.html', '/2025/10/01/about/ 2025/10/01/about/index.html', '/2025/09/30/a/ 2025/09/30/a/index.html'],
    );
  });

  test('plans section, tag, author, year and month listings with a /page/N/ page per further pageful', () => {
    assert.deepEqual(listings(pages), [
      '/  1/3: ',
      '/page/2/  2/3: c, b',
      '/page/3/  3/3: a',
      '/category/technology/  1/2: e, d',
      '/category/technology/page/2/  2/2: c',
      '/category/science/  1/1: c, b',
      '/tag/ai/  1/2: e, d',
      '/tag/ai/page/2/  2/2: c',
      '/tag/trade/  1/1: a',
      '/author/badely/  1/2: e, d',
      '/author/badely/page/2/  2/2: b',
      '/author/lchen/  1/1: c',
      '/2025/  1/3: e, d',
      '/2025/page/2/  2/3: c, b',
      '/2025/page/3/  3/3: a',
      '/2025/10/  1/2: e, d',
      '/2025/10/page/2/  2/2: c, b',
      '/2025/09/  1/1: a',
    ]);
  });

  test('no listing has a /page/1/ twin, and no two pages share a URL', () => {
    const urls = pages.map((page) => page.url);
    assert.equal(urls.filter((url) => url.includes('/page/1/')).length, 0);
    assert.equal(new Set(urls).size, urls.length);
  });

  test('every page of a listing has its total count, its heading and the URLs of all its pages', () => {
    const technology = pages.filter((page): page is ListingPage => page.kind === 'listing' && page.listing === 'category' && page.heading === 'Technology');
    assert.deepEqual(
      technology.map((page) => ({ count: page.count, current: page.pager.current, urls: page.pager.urls })),
      [
        { count: 3, current: 1, urls: ['/category/technology/', '/category/technology/page/2/'] },
        { count: 3, current: 2, urls: ['/category/technology/', '/category/technology/page/2/'] },
      ],
    );
  });

  test('a merged tag has one listing, under its most used spelling', () => {
    assert.deepEqual(pages.flatMap((page) => (page.kind === 'listing' && page.listing === 'tag' ? [`${page.heading} ${page.url}`] : [])), ['AI /tag/ai/', 'AI /tag/ai/page/2/', 'trade /tag/trade/']);
  });

  test('archive headings name the month in words', () => {
    assert.deepEqual(pages.flatMap((page) => (page.kind === 'listing' && (page.listing === 'year' || page.listing === 'month') && page.page.number === 1 ? [page.heading] : [])), ['2025', 'October 2025', 'September 2025']);
  });

  test('the indexes of sections, tags and authors list each with its URL and story count, biggest first', () => {
    const indexes = pages.filter((page): page is IndexPage => page.kind === 'index').map((page) => ({ url: page.url, of: page.of, entries: page.entries.map((entry) => `${entry.name} ${entry.url} ${entry.count}`) }));
    assert.deepEqual(indexes, [
      { url: '/categories/', of: 'category', entries: ['Technology /category/technology/ 3', 'Science /category/science/ 2'] },
      { url: '/tags/', of: 'tag', entries: ['AI /tag/ai/ 3', 'trade /tag/trade/ 1'] },
      { url: '/authors/', of: 'author', entries: ['Bea Adeley /author/badely/ 3', 'Lin Chen /author/lchen/ 1'] },
    ]);
  });

  test('a section only a standalone page carries has no page and is not in the index', () => {
    assert.equal(pages.some((page) => page.url.startsWith('/category/about/')), false);
  });

  test('a story with no section is on no section page, but in its archives and on the front page', () => {
    const listingStoryA = pages.flatMap((page) => ((page.kind === 'listing' || page.kind === 'front') && page.page.items.some((post) => post.title === 'a') ? [page.url] : []));
    assert.deepEqual(listingStoryA, ['/page/3/', '/tag/trade/', '/2025/page/3/', '/2025/09/']);
  });
});

describe('the front page and its later pages', () => {
  test('page 1 links every later page; each later page lists a pageful of the rest', () => {
    const front = plan(site5).filter((page) => page.kind === 'front');
    assert.deepEqual(front.map((page) => page.pager), [
      { current: 1, urls: ['/', '/page/2/', '/page/3/'] },
      { current: 2, urls: ['/', '/page/2/', '/page/3/'] },
      { current: 3, urls: ['/', '/page/2/', '/page/3/'] },
    ]);
  });

  test('when the lead and latest show every story, there is one front page and its pager links no /page/2/', () => {
    const front = plan([story('2025-10-02-b'), story('2025-10-01-a')]).filter((page) => page.kind === 'front');
    assert.deepEqual(front.map((page) => ({ url: page.url, total: page.page.total, urls: page.pager.urls })), [{ url: '/', total: 1, urls: ['/'] }]);
  });

  test('an empty site still has its front page, with no pager, its three indexes and the not-found page, and nothing else', () => {
    const pages = plan([]);
    assert.deepEqual(pages.map((page) => `${page.kind} ${page.url}`), ['front /', 'index /categories/', 'index /tags/', 'index /authors/', 'not-found /404.html']);
    assert.deepEqual(pages[0]?.kind === 'front' ? pages[0].pager.urls : undefined, ['/']);
  });

  test('a site with a story has the search page; one with `search: false`, or with nothing to find, has none', () => {
    const searchPages = (posts: Post[], search: boolean) => plan(posts, siteIn('UTC', { search })).filter((page) => page.kind === 'search').map((page) => page.url);
    assert.deepEqual(searchPages([story('2025-10-01-a')], true), ['/search/']);
    assert.deepEqual(searchPages([story('2025-10-01-a')], false), []);
    assert.deepEqual(searchPages([], true), []);
  });

  test('a rest of exactly one pageful gives exactly one later page', () => {
    const front = plan([story('2025-10-04-d'), story('2025-10-03-c'), story('2025-10-02-b'), story('2025-10-01-a')]).filter((page) => page.kind === 'front');
    assert.deepEqual(listings(front), ['/  1/2: ', '/page/2/  2/2: b, a']);
  });
});

describe('page counts follow the page size', () => {
  const seven = Array.from({ length: 7 }, (_, i) => story(`2025-10-0${i + 1}-s${i + 1}`, 'categories: [World]'));
  const sectionPages = (pageSize: number): string[] =>
    plan(seven, siteIn('UTC', { pageSize })).flatMap((page) => (page.kind === 'listing' && page.listing === 'category' ? [`${page.url} ${page.page.items.length}`] : []));

  test('7 stories at 3 a page: 3 pages of 3, 3 and 1', () => {
    assert.deepEqual(sectionPages(3), ['/category/world/ 3', '/category/world/page/2/ 3', '/category/world/page/3/ 1']);
  });

  test('7 stories at 7 a page: one page', () => {
    assert.deepEqual(sectionPages(7), ['/category/world/ 7']);
  });

  test('7 stories at 6 a page: a second page of one', () => {
    assert.deepEqual(sectionPages(6), ['/category/world/ 6', '/category/world/page/2/ 1']);
  });
});
