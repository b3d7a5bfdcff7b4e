/**
 * Feed URLs and links (issue #5): where each feed lives, the `<link rel="alternate">` data layouts show, and story
 * HTML made absolute for readers that show it away from the site.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { absoluteLinks } from '../../src/feeds/absolute-links.ts';
import { feedLinks } from '../../src/feeds/links.ts';
import { feedUrls } from '../../src/urls/permalinks.ts';
import { siteIn } from './support.ts';

describe('feedUrls', () => {
  test('puts feed.xml, rss.xml and feed.json beside a listing’s first page', () => {
    assert.deepEqual(feedUrls('/'), { atom: '/feed.xml', rss: '/rss.xml', json: '/feed.json' });
    assert.deepEqual(feedUrls('/category/tech/'), { atom: '/category/tech/feed.xml', rss: '/category/tech/rss.xml', json: '/category/tech/feed.json' });
  });
});

describe('feedLinks', () => {
  const site = siteIn('UTC', { url: 'https://example.org', pathPrefix: '/news/', categoryBase: 'section', authorBase: 'people' });

  test('gives the site’s three feeds with types, titles and absolute URLs', () => {
    assert.deepEqual(feedLinks(site, { kind: 'site' }), [
      { type: 'application/atom+xml', title: 'The Test Gazette (Atom)', href: 'https://example.org/news/feed.xml' },
      { type: 'application/rss+xml', title: 'The Test Gazette (RSS)', href: 'https://example.org/news/rss.xml' },
      { type: 'application/feed+json', title: 'The Test Gazette (JSON Feed)', href: 'https://example.org/news/feed.json' },
    ]);
  });

  test('follows the configured section and author folders', () => {
    assert.deepEqual(feedLinks(site, { kind: 'category', name: 'Technology', slug: 'technology' }).map((link) => `${link.title} ${link.href}`), [
      'The Test Gazette: Technology (Atom) https://example.org/news/section/technology/feed.xml',
      'The Test Gazette: Technology (RSS) https://example.org/news/section/technology/rss.xml',
      'The Test Gazette: Technology (JSON Feed) https://example.org/news/section/technology/feed.json',
    ]);
    assert.equal(feedLinks(site, { kind: 'author', name: 'Lin Chen', slug: 'lchen' })[0]?.href, 'https://example.org/news/people/lchen/feed.xml');
  });
});

describe('absoluteLinks', () => {
  const base = 'https://example.org/news/2025/10/09/story/';

  test('resolves site-absolute and relative href, src and poster against the story', () => {
    assert.equal(
      absoluteLinks('<p><a href="/news/2025/10/01/other/">o</a> <img src="chart.png" alt="c"><video controls poster=/news/p.jpg></video></p>', base),
      '<p><a href="https://example.org/news/2025/10/01/other/">o</a> <img src="https://example.org/news/2025/10/09/story/chart.png" alt="c"><video controls poster="https://example.org/news/p.jpg"></video></p>',
    );
  });

  test('resolves every candidate of a srcset, keeping descriptors', () => {
    assert.equal(
      absoluteLinks('<source srcset="/news/a-640.webp 640w, /news/a-1280.webp 1280w">', base),
      '<source srcset="https://example.org/news/a-640.webp 640w, https://example.org/news/a-1280.webp 1280w">',
    );
  });

  test('leaves absolute URLs, other schemes, other attributes, text and scripts as they are', () => {
    const html = '<a href="https://other.example/x?a=1&amp;b=2" title="/not/a/link">/text</a><a href="mailto:desk@example.org">m</a><script>const u = "<a href=\'/x\'>";</script>';
    assert.equal(absoluteLinks(html, base), html);
  });

  test('points in-page fragments at the story and escapes what it writes', () => {
    assert.equal(absoluteLinks('<a href="#notes">n</a><a href=\'/news/q?a="1"&b=2\'>q</a>', base), '<a href="https://example.org/news/2025/10/09/story/#notes">n</a><a href="https://example.org/news/q?a=%221%22&amp;b=2">q</a>');
  });
});
