/** robots.txt (issue #5): everything may be crawled, and the sitemaps are named by absolute URL. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { planRobots, robotsTxt } from '../../src/seo/robots.ts';
import { resolveSite } from '../../src/site.ts';
import { siteIn } from './support.ts';

describe('robots.txt', () => {
  test('allows every crawler everywhere and points at the sitemap and the news sitemap', () => {
    assert.equal(
      robotsTxt(siteIn('UTC')),
      'User-agent: *\nDisallow:\n\nSitemap: https://news.example.com/sitemap.xml\nSitemap: https://news.example.com/news-sitemap.xml\n',
    );
  });

  test('under a SITE_URL and path prefix /news/ the Sitemap lines carry both', () => {
    const site = resolveSite(siteIn('UTC'), {}, { SITE_URL: 'https://deploy.example.org', PATH_PREFIX: 'news' }, 'test');
    const sitemaps = robotsTxt(site).split('\n').filter((line) => line.startsWith('Sitemap:'));
    assert.deepEqual(sitemaps, ['Sitemap: https://deploy.example.org/news/sitemap.xml', 'Sitemap: https://deploy.example.org/news/news-sitemap.xml']);
  });

  test('is planned as robots.txt at the output root, rendering the same text', () => {
    const site = siteIn('UTC');
    const file = planRobots(site, ['/sitemap.xml']);
    assert.deepEqual([file.url, file.outputPath, file.contentType], ['/robots.txt', 'robots.txt', 'text/plain; charset=utf-8']);
    assert.equal(file.render(), robotsTxt(site, ['/sitemap.xml']));
    assert.match(file.render(), /\nSitemap: https:\/\/news\.example\.com\/sitemap\.xml\n$/);
  });
});
