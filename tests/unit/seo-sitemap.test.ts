/**
 * sitemap.xml (issue #5): every page by absolute URL in URL order, `lastmod` from `last_modified_at` else the date,
 * and an index of parts past the URL limit.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildCollections } from '../../src/collections/index.ts';
import { newestFirst } from '../../src/collections/posts.ts';
import type { Post } from '../../src/content/schema.ts';
import { planPages } from '../../src/pages/plan.ts';
import { planSitemaps, type SitemapEntry, sitemapEntries } from '../../src/seo/sitemap.ts';
import type { GeneratedFile } from '../../src/seo/files.ts';
import { resolveSite, type Site } from '../../src/site.ts';
import { buildClock, markdown, postFrom, siteIn } from './support.ts';

const site = siteIn('Europe/London');
/** The deploy overrides: another origin and a path prefix. */
const prefixed = resolveSite(siteIn('UTC'), {}, { SITE_URL: 'https://deploy.example.org/', PATH_PREFIX: 'news' }, 'test');

interface UrlNode {
  readonly loc: string;
  readonly lastmod?: string;
}

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => name === 'url' || name === 'sitemap' });

function parse(file: GeneratedFile): Record<string, unknown> {
  const xml = file.render();
  assert.equal(XMLValidator.validate(xml), true, `${file.url} is not well-formed`);
  assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n'));
  return parser.parse(xml) as Record<string, unknown>;
}

function urlsOf(file: GeneratedFile): UrlNode[] {
  const urlset = parse(file)['urlset'] as { '@_xmlns': string; url?: UrlNode[] };
  assert.equal(urlset['@_xmlns'], 'http://www.sitemaps.org/schemas/sitemap/0.9');
  return urlset.url ?? [];
}

function story(stem: string, ...frontMatter: string[]): Post {
  return postFrom(`posts/${stem}.md`, markdown([`title: ${stem}`, ...frontMatter]), { site });
}

describe('planSitemaps', () => {
  test('one sitemap.xml with every URL, absolute and in URL order', () => {
    const files = planSitemaps([{ url: '/b/' }, { url: '/' }, { url: '/a/' }], site);
    assert.deepEqual(files.map((file) => [file.url, file.outputPath, file.contentType]), [['/sitemap.xml', 'sitemap.xml', 'application/xml; charset=utf-8']]);
    const [file] = files;
    assert.ok(file);
    assert.deepEqual(urlsOf(file).map((url) => url.loc), ['https://news.example.com/', 'https://news.example.com/a/', 'https://news.example.com/b/']);
  });

  test('lastmod is a W3C datetime in the site time zone; an entry without one has no <lastmod>', () => {
    const entries: SitemapEntry[] = [{ url: '/a/', lastmod: new Date('2025-07-01T08:30:00Z') }, { url: '/b/' }];
    const [file] = planSitemaps(entries, site);
    assert.ok(file);
    assert.deepEqual(urlsOf(file), [{ loc: 'https://news.example.com/a/', lastmod: '2025-07-01T09:30:00+01:00' }, { loc: 'https://news.example.com/b/' }]);
  });

  test('a SITE_URL and path prefix /news/ are in every loc; non-ASCII is percent-encoded, & is escaped', () => {
    const [file] = planSitemaps([{ url: '/2025/10/09/稀土/' }, { url: '/a&b/' }], prefixed);
    assert.ok(file);
    assert.match(file.render(), /<loc>https:\/\/deploy\.example\.org\/news\/a&amp;b\/<\/loc>/);
    assert.deepEqual(urlsOf(file).map((url) => url.loc), ['https://deploy.example.org/news/2025/10/09/%E7%A8%80%E5%9C%9F/', 'https://deploy.example.org/news/a&b/']);
  });

  test('past maxUrls, sitemap.xml is an index of sitemap-1.xml, sitemap-2.xml… each within the limit', () => {
    const entries: SitemapEntry[] = ['/e/', '/d/', '/c/', '/b/', '/a/'].map((url, index) => ({ url, lastmod: new Date(Date.UTC(2025, 0, 10 - index)) }));
    const files = planSitemaps(entries, prefixed, { maxUrls: 2 });
    assert.deepEqual(files.map((file) => file.outputPath), ['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    const [index, ...parts] = files;
    assert.ok(index);
    const sitemapindex = parse(index)['sitemapindex'] as { '@_xmlns': string; sitemap: UrlNode[] };
    assert.equal(sitemapindex['@_xmlns'], 'http://www.sitemaps.org/schemas/sitemap/0.9');
    // Each part's lastmod is the newest of its entries: /a/ is 2025-01-06, /b/ 01-07 … /e/ 01-10.
    assert.deepEqual(sitemapindex.sitemap, [
      { loc: 'https://deploy.example.org/news/sitemap-1.xml', lastmod: '2025-01-07T00:00:00Z' },
      { loc: 'https://deploy.example.org/news/sitemap-2.xml', lastmod: '2025-01-09T00:00:00Z' },
      { loc: 'https://deploy.example.org/news/sitemap-3.xml', lastmod: '2025-01-10T00:00:00Z' },
    ]);
    assert.deepEqual(parts.map((part) => urlsOf(part).map((url) => url.loc.replace('https://deploy.example.org/news', ''))), [['/a/', '/b/'], ['/c/', '/d/'], ['/e/']]);
  });

  test('exactly maxUrls URLs still fit in one sitemap', () => {
    assert.deepEqual(planSitemaps([{ url: '/a/' }, { url: '/b/' }], site, { maxUrls: 2 }).map((file) => file.url), ['/sitemap.xml']);
  });

  test('the order of the input does not change the bytes', () => {
    const entries: SitemapEntry[] = [{ url: '/z/' }, { url: '/m/', lastmod: new Date('2025-01-01T00:00:00Z') }, { url: '/a/' }];
    const render = (list: readonly SitemapEntry[]): string[] => planSitemaps(list, site, { maxUrls: 2 }).map((file) => file.render());
    assert.deepEqual(render(entries), render([...entries].reverse()));
  });

  test('a maxUrls below 1 is refused', () => {
    assert.throws(() => planSitemaps([{ url: '/' }], site, { maxUrls: 0 }), /the sitemap: maxUrls must be a whole number of at least 1; found 0/);
  });
});

describe('sitemapEntries', () => {
  const posts = newestFirst([
    story('2025-10-05-edited', 'categories: [Technology]', 'last_modified_at: 2025-10-08T10:00:00+01:00'),
    story('2025-10-04-plain', 'categories: [Technology]'),
    story('2025-10-03-older', 'categories: [Science]'),
    postFrom('pages/about.md', markdown(['title: About', 'layout: page', 'permalink: /about/', 'date: 2025-10-20']), { site }),
  ]);
  const settings: Site = { ...site, pageSize: 1 };
  const entries = new Map(sitemapEntries(planPages(posts, buildCollections(posts, settings, buildClock), settings)).map((entry) => [entry.url, entry.lastmod?.toISOString()]));

  test('a story: last_modified_at when given, else its date', () => {
    assert.equal(entries.get('/2025/10/05/edited/'), '2025-10-08T09:00:00.000Z');
    assert.equal(entries.get('/2025/10/04/plain/'), '2025-10-03T23:00:00.000Z');
    assert.equal(entries.get('/about/'), '2025-10-19T23:00:00.000Z');
  });

  test("a listing's first page: the newest change among its stories; later pages and indexes: none", () => {
    assert.equal(entries.get('/category/technology/'), '2025-10-08T09:00:00.000Z');
    assert.ok(entries.has('/category/technology/page/2/'));
    assert.equal(entries.get('/category/technology/page/2/'), undefined);
    assert.ok(entries.has('/categories/'));
    assert.equal(entries.get('/categories/'), undefined);
  });

  test('the not-found page is left out', () => {
    assert.equal(entries.has('/404.html'), false);
  });

  test('the front page: the newest change among stories, standalone pages aside', () => {
    assert.equal(entries.get('/'), '2025-10-08T09:00:00.000Z');
    assert.equal(entries.get('/page/2/'), undefined);
  });
});
