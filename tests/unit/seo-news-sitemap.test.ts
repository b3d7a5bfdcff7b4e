/**
 * The Google News sitemap (issue #5): the stories of the 48 hours before the build time, with publication name and
 * language, publication date and title; reproducible because the build time is an argument.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Post } from '../../src/content/schema.ts';
import type { GeneratedFile } from '../../src/seo/files.ts';
import { newsLanguage, planNewsSitemap } from '../../src/seo/news-sitemap.ts';
import { resolveSite } from '../../src/site.ts';
import { markdown, postFrom, siteIn } from './support.ts';

const site = siteIn('America/New_York', { language: 'en-US' });
const prefixed = resolveSite(site, {}, { SITE_URL: 'https://deploy.example.org', PATH_PREFIX: '/news/' }, 'test');
const buildTime = new Date('2025-10-10T12:00:00Z');

interface NewsUrl {
  readonly loc: string;
  readonly 'news:news': {
    readonly 'news:publication': { readonly 'news:name': string; readonly 'news:language': string };
    readonly 'news:publication_date': string;
    readonly 'news:title': string;
  };
}

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => name === 'url' || name === 'sitemap' });

function parse(file: GeneratedFile): Record<string, unknown> {
  const xml = file.render();
  assert.equal(XMLValidator.validate(xml), true, `${file.url} is not well-formed`);
  return parser.parse(xml) as Record<string, unknown>;
}

function urlsOf(file: GeneratedFile | undefined): NewsUrl[] {
  assert.ok(file);
  const urlset = parse(file)['urlset'] as { '@_xmlns': string; '@_xmlns:news': string; url?: NewsUrl[] };
  assert.equal(urlset['@_xmlns'], 'http://www.sitemaps.org/schemas/sitemap/0.9');
  assert.equal(urlset['@_xmlns:news'], 'http://www.google.com/schemas/sitemap-news/0.9');
  return urlset.url ?? [];
}

/** A story published `hours` before the build time (negative: after it), titled with its slug unless given. */
function hoursBefore(hours: number, slug: string, ...frontMatter: string[]): Post {
  const date = new Date(buildTime.getTime() - hours * 3_600_000).toISOString();
  const title = frontMatter.some((line) => line.startsWith('title:')) ? [] : [`title: ${slug}`];
  return postFrom(`posts/${slug}.md`, markdown([...title, `date: ${date}`, ...frontMatter]), { site });
}

const titles = (file: GeneratedFile | undefined): string[] => urlsOf(file).map((url) => url['news:news']['news:title']);

describe('planNewsSitemap', () => {
  test('one news-sitemap.xml with every required element', () => {
    const files = planNewsSitemap([hoursBefore(2, 'fresh')], site, buildTime, 'The Test Gazette');
    assert.deepEqual(files.map((file) => [file.url, file.outputPath, file.contentType]), [['/news-sitemap.xml', 'news-sitemap.xml', 'application/xml; charset=utf-8']]);
    assert.deepEqual(urlsOf(files[0]), [
      {
        loc: 'https://news.example.com/2025/10/10/fresh/',
        'news:news': {
          'news:publication': { 'news:name': 'The Test Gazette', 'news:language': 'en' },
          'news:publication_date': '2025-10-10T06:00:00-04:00',
          'news:title': 'fresh',
        },
      },
    ]);
  });

  test('the window: 47 hours before the build is in, 49 out, after the build out; both edges in', () => {
    const stories = [hoursBefore(-1, 'future'), hoursBefore(0, 'now'), hoursBefore(47, 'h47'), hoursBefore(48, 'h48'), hoursBefore(49, 'h49')];
    assert.deepEqual(titles(planNewsSitemap(stories, site, buildTime, 'Gazette')[0]), ['now', 'h47', 'h48']);
  });

  test('the window moves with the build time, not the wall clock', () => {
    const stories = [hoursBefore(47, 'h47'), hoursBefore(49, 'h49')];
    const later = new Date(buildTime.getTime() + 2 * 3_600_000);
    assert.deepEqual(titles(planNewsSitemap(stories, site, later, 'Gazette')[0]), []);
    const earlier = new Date(buildTime.getTime() - 2 * 3_600_000);
    assert.deepEqual(titles(planNewsSitemap(stories, site, earlier, 'Gazette')[0]), ['h47', 'h49']);
  });

  test('newest first; standalone pages are left out', () => {
    const stories = [hoursBefore(10, 'older'), hoursBefore(1, 'newer'), hoursBefore(3, 'about', 'layout: page')];
    assert.deepEqual(titles(planNewsSitemap(stories, site, buildTime, 'Gazette')[0]), ['newer', 'older']);
  });

  test('with no recent story the file is still written, an empty urlset', () => {
    const files = planNewsSitemap([hoursBefore(100, 'old')], site, buildTime, 'Gazette');
    assert.deepEqual(files.map((file) => file.url), ['/news-sitemap.xml']);
    assert.deepEqual(urlsOf(files[0]), []);
  });

  test('titles and the publication name are escaped and read back unchanged', () => {
    const title = 'Rates & "risk" <b>up</b> </script> it\'s';
    const story = hoursBefore(1, 'escaped', `title: ${JSON.stringify(title)}`);
    const [file] = planNewsSitemap([story], site, buildTime, 'Smith & Sons <News>');
    assert.ok(file);
    assert.doesNotMatch(file.render(), /<b>|<\/script>/);
    const [url] = urlsOf(file);
    assert.equal(url?.['news:news']['news:title'], title);
    assert.equal(url?.['news:news']['news:publication']['news:name'], 'Smith & Sons <News>');
  });

  test('a SITE_URL and path prefix /news/ are in every loc', () => {
    const story = postFrom('posts/p.md', markdown(['title: P', `date: ${new Date(buildTime.getTime() - 3_600_000).toISOString()}`]), { site: prefixed });
    assert.deepEqual(urlsOf(planNewsSitemap([story], prefixed, buildTime, 'Gazette')[0]).map((url) => url.loc), ['https://deploy.example.org/news/2025/10/10/p/']);
  });

  test('past maxUrls the news sitemap becomes an index of parts', () => {
    const stories = [hoursBefore(1, 'a'), hoursBefore(2, 'b'), hoursBefore(3, 'c')];
    const files = planNewsSitemap(stories, site, buildTime, 'Gazette', { maxUrls: 2 });
    assert.deepEqual(files.map((file) => file.outputPath), ['news-sitemap.xml', 'news-sitemap-1.xml', 'news-sitemap-2.xml']);
    const index = parse(files[0] ?? assert.fail())['sitemapindex'] as { sitemap: { loc: string; lastmod: string }[] };
    assert.deepEqual(index.sitemap, [
      { loc: 'https://news.example.com/news-sitemap-1.xml', lastmod: '2025-10-10T07:00:00-04:00' },
      { loc: 'https://news.example.com/news-sitemap-2.xml', lastmod: '2025-10-10T05:00:00-04:00' },
    ]);
    assert.deepEqual([titles(files[1]), titles(files[2])], [['a', 'b'], ['c']]);
  });
});

describe('newsLanguage', () => {
  test('a BCP 47 tag becomes its ISO 639 code; Chinese becomes zh-cn or zh-tw', () => {
    assert.deepEqual(['en', 'en-GB', 'pt_BR', 'FR', 'fil', 'zh', 'zh-CN', 'zh-Hans-CN', 'zh-TW', 'zh-Hant', 'zh-HK'].map(newsLanguage), [
      'en', 'en', 'pt', 'fr', 'fil', 'zh-cn', 'zh-cn', 'zh-cn', 'zh-tw', 'zh-tw', 'zh-tw',
    ]);
  });
});
