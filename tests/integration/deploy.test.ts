/**
 * A site that deploys anywhere (issue #5, first part): a path prefix reaches every link, the link check catches
 * what would 404, and two builds at the same clock are byte-identical.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { findBrokenLinks } from '../../src/check/links.ts';
import { createFixtureSite, type FixtureSite, post, tinyJpegName } from '../helpers/fixture-site.ts';

const settings = {
  title: 'Fixture Times',
  url: 'https://fixture.example',
  timeZone: 'UTC',
  pageSize: 2,
  authors: { badely: { name: 'Bea Adeley', avatar: `assets/images/${tinyJpegName}` } },
};

function writeStories(site: FixtureSite): void {
  site.write('posts/2025-10-01-one.md', post(`title: One\nauthor: badely\ncategories: [Technology]\ntags: [chips]\nimage: assets/images/${tinyJpegName}\nimage_alt: A dot`, `Read [two](/2025/10/02/two/).\n\n![A dot](/assets/images/${tinyJpegName})`));
  site.write('posts/2025-10-02-two.md', post('title: Two\nauthor: badely\ncategories: [Technology, World]\ntags: [chips, trade]'));
  site.write('posts/2025-10-03-three.md', post('title: Three\ncategories: [World]\ntags: [trade]'));
}

describe('PATH_PREFIX=/news/ (a GitHub Pages project site)', () => {
  let site: FixtureSite;
  let result: ReturnType<FixtureSite['build']>;
  before(() => {
    site = createFixtureSite(settings);
    writeStories(site);
    result = site.build(['--check'], { PATH_PREFIX: '/news/', SITE_URL: 'https://example.github.io' });
  });
  after(() => site.dispose());

  test('the build and its link check pass', () => {
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /link check: every internal href, src and srcset resolves\./);
  });

  test('no link, image or stylesheet escapes the prefix', async () => {
    assert.deepEqual(await findBrokenLinks(site.out, '/news/'), []);
    const story = site.read('2025/10/01/one/index.html');
    assert.ok(story.includes('<link rel="canonical" href="https://example.github.io/news/2025/10/01/one/"/>'));
    assert.ok(story.includes('<link rel="stylesheet" href="/news/assets/css/site.css"/>'));
    assert.ok(story.includes('<a href="/news/2025/10/02/two/">two</a>'), 'a site-absolute link written in a story');
    assert.match(story, /<img src="\/news\/assets\/images\/[0-9a-f]{32}-2\.jpg"/);
  });

  test('sitemap.xml and robots.txt are written, every URL absolute and under the prefix', () => {
    const parsed = new XMLParser().parse(site.read('sitemap.xml')) as { urlset: { url: Array<{ loc: string }> } };
    const locs = parsed.urlset.url.map((entry) => entry.loc);
    assert.ok(locs.length > 10, String(locs.length));
    assert.ok(locs.every((loc) => loc.startsWith('https://example.github.io/news/')), locs.join('\n'));
    assert.ok(locs.includes('https://example.github.io/news/2025/10/01/one/'));
    assert.ok(site.read('robots.txt').includes('Sitemap: https://example.github.io/news/sitemap.xml'));
    assert.ok(site.exists('news-sitemap.xml'));
    assert.ok(site.read('_headers').includes('/news/assets/images/*\n  ! Cache-Control\n  Cache-Control: public, max-age=31536000, immutable'));
  });

  test('a 404.html whose links carry the prefix, since hosts serve it at any missing URL', () => {
    const html = site.read('404.html');
    assert.ok(html.includes('<h1>Page not found</h1>'));
    assert.ok(html.includes('<a href="/news/">Go to the front page</a>'));
  });
});

describe('the link check', () => {
  test('fails the build on a broken internal link, naming the page, and leaves _site as it was', () => {
    const site = createFixtureSite(settings);
    try {
      writeStories(site);
      assert.equal(site.build(['--check']).status, 0);
      const before = site.fingerprint();
      site.write('posts/2025-10-04-four.md', post('title: Four', 'See [the missing page](/2024/01/01/gone/).'));
      const result = site.build(['--check']);
      assert.equal(result.status, 1);
      assert.ok(result.stderr.includes('  - 2025/10/04/four/index.html: /2024/01/01/gone/ (no file 2024/01/01/gone/index.html)'), result.stderr);
      assert.equal(site.fingerprint(), before);
    } finally {
      site.dispose();
    }
  });
});

describe('reproducible output', () => {
  test('two clean builds of the same input at the same clock are byte-identical', () => {
    const first = createFixtureSite(settings);
    const second = createFixtureSite(settings);
    try {
      writeStories(first);
      writeStories(second);
      assert.equal(first.build().status, 0);
      assert.equal(second.build().status, 0);
      assert.deepEqual(second.files(), first.files());
      assert.equal(second.fingerprint(), first.fingerprint());
    } finally {
      first.dispose();
      second.dispose();
    }
  });
});

describe('metadata and feeds in a built site', () => {
  const hostile = 'Breaking: "quotes", </script> & an ampersand';
  let site: FixtureSite;
  before(() => {
    site = createFixtureSite(settings);
    writeStories(site);
    site.write('posts/2025-10-05-hostile.md', post(`title: '${hostile}'\nauthor: badely\ncategories: [World]\nimage: assets/images/${tinyJpegName}\nimage_alt: A dot`));
    const result = site.build();
    assert.equal(result.status, 0, result.stderr);
  });
  after(() => site.dispose());

  test('a title holding </script>, quotes and & cannot break out of the JSON-LD, which carries the NewsArticle fields', () => {
    const html = site.read('2025/10/05/hostile/index.html');
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? 'null') as Record<string, unknown>);
    const article = scripts.find((value) => value['@type'] === 'NewsArticle');
    assert.ok(article, html);
    assert.equal(article['headline'], hostile);
    assert.equal(article['datePublished'], '2025-10-05T00:00:00Z');
    assert.deepEqual((article['author'] as Array<Record<string, unknown>>)[0], { '@type': 'Person', name: 'Bea Adeley', url: 'https://fixture.example/author/badely/' });
    assert.match(String((article['image'] as string[])[0]), /^https:\/\/fixture\.example\/assets\/images\/[0-9a-f]{32}-og\.jpg$/);
    assert.equal((article['mainEntityOfPage'] as Record<string, unknown>)['@id'] ?? article['mainEntityOfPage'], 'https://fixture.example/2025/10/05/hostile/');
    assert.ok(scripts.some((value) => value['@type'] === 'BreadcrumbList'));
    assert.ok(html.includes('<meta property="og:type" content="article"/>'));
    assert.match(html, /<meta property="og:image" content="https:\/\/fixture\.example\/assets\/images\/[0-9a-f]{32}-og\.jpg"\/>/);
  });

  test('the site Atom feed parses, newest first, with absolute URLs', () => {
    const feed = new XMLParser({ ignoreAttributes: false }).parse(site.read('feed.xml')) as { feed: { entry: Array<{ title: string; id: string }> } };
    assert.deepEqual(feed.feed.entry.map((entry) => entry.id), [
      'https://fixture.example/2025/10/05/hostile/',
      'https://fixture.example/2025/10/03/three/',
      'https://fixture.example/2025/10/02/two/',
      'https://fixture.example/2025/10/01/one/',
    ]);
    const json = JSON.parse(site.read('feed.json')) as { version: string; items: Array<{ title: string }> };
    assert.equal(json.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(json.items[0]?.title, hostile);
  });
});

describe('every feed of a built site (full text, under PATH_PREFIX=/news/)', () => {
  const origin = 'https://example.github.io/news/';
  let site: FixtureSite;
  let feeds: string[];
  before(() => {
    site = createFixtureSite({ ...settings, feeds: { fullText: true, limit: 20 } });
    writeStories(site);
    const result = site.build([], { PATH_PREFIX: '/news/', SITE_URL: 'https://example.github.io' });
    assert.equal(result.status, 0, result.stderr);
    feeds = site.files().filter((file) => /(^|\/)(feed\.xml|rss\.xml|feed\.json)$/.test(file));
  });
  after(() => site.dispose());

  /** An absolute URL of this site → the file a static host would serve for it. */
  const fileOf = (url: string): string => {
    assert.ok(url.startsWith(origin), `${url} is absolute and under ${origin}`);
    const path = decodeURI(url.slice(origin.length).split(/[?#]/)[0] ?? '');
    return path === '' || path.endsWith('/') ? `${path}index.html` : path;
  };

  test('the site, each section and each author have Atom, RSS and JSON feeds', () => {
    const folders = [...new Set(feeds.map((file) => file.replace(/[^/]*$/, '')))].sort();
    assert.deepEqual(folders, ['', 'author/badely/', 'category/technology/', 'category/world/']);
    assert.equal(feeds.length, folders.length * 3);
  });

  test('every Atom feed parses with its required elements, newest first, every link absolute and published', () => {
    for (const file of feeds.filter((name) => name.endsWith('feed.xml'))) {
      const { feed } = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'link', 'category', 'author'].includes(name) }).parse(site.read(file)) as {
        feed: { id: string; title: string; updated: string; link: Array<Record<string, string>>; entry: Array<{ id: string; title: string; updated: string; published: string; link: Array<Record<string, string>>; author?: Array<{ name: string; uri: string }>; category?: Array<Record<string, string>>; content: { '#text': string } }> };
      };
      assert.ok(feed.id && feed.title && feed.updated, file);
      assert.ok(site.exists(fileOf(feed.link.find((link) => link['@_rel'] === 'self')?.['@_href'] ?? '')), `${file}: self link`);
      assert.ok(feed.entry.length > 0, file);
      const published = feed.entry.map((entry) => Date.parse(entry.published));
      assert.deepEqual(published, [...published].sort((a, b) => b - a), `${file}: newest first`);
      for (const entry of feed.entry) {
        assert.ok(entry.title && entry.updated, `${file}: ${entry.id}`);
        assert.ok(site.exists(fileOf(entry.id)), `${file}: ${entry.id} is a published page`);
        for (const link of entry.link) assert.ok(site.exists(fileOf(link['@_href'] ?? '')), `${file}: ${link['@_href']}`);
        for (const author of entry.author ?? []) assert.ok(site.exists(fileOf(author.uri)), `${file}: author ${author.uri}`);
        assert.ok((entry.category ?? []).length > 0, `${file}: sections of ${entry.id}`);
      }
    }
  });

  test('every RSS feed parses with channel and item elements, each item linked, dated and guid-ed absolutely', () => {
    for (const file of feeds.filter((name) => name.endsWith('rss.xml'))) {
      const { rss } = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(site.read(file)) as {
        rss: { '@_version': string; channel: { title: string; link: string; description: string; item: Array<{ title: string; link: string; guid: { '#text': string }; pubDate: string; enclosure?: Record<string, string> }> } };
      };
      assert.equal(rss['@_version'], '2.0', file);
      assert.ok(rss.channel.title && rss.channel.description, file);
      assert.ok(site.exists(fileOf(rss.channel.link)), `${file}: channel link`);
      for (const item of rss.channel.item) {
        assert.ok(item.title && !Number.isNaN(Date.parse(item.pubDate)), `${file}: ${item.link}`);
        assert.ok(site.exists(fileOf(item.link)), `${file}: ${item.link}`);
        assert.equal(item.guid['#text'], item.link);
        if (item.enclosure !== undefined) {
          assert.ok(site.exists(fileOf(item.enclosure['@_url'] ?? '')), `${file}: enclosure ${item.enclosure['@_url']}`);
          assert.equal(item.enclosure['@_type'], 'image/jpeg');
        }
      }
    }
  });

  test('every JSON Feed has its required keys and absolute, published URLs', () => {
    for (const file of feeds.filter((name) => name.endsWith('.json'))) {
      const json = JSON.parse(site.read(file)) as { version: string; title: string; home_page_url: string; feed_url: string; items: Array<Record<string, unknown>> };
      assert.equal(json.version, 'https://jsonfeed.org/version/1.1');
      assert.ok(json.title, file);
      assert.equal(fileOf(json.feed_url), file);
      assert.ok(site.exists(fileOf(json.home_page_url)), `${file}: home_page_url`);
      for (const item of json.items) {
        assert.equal(typeof item['id'], 'string', file);
        assert.ok(typeof item['content_html'] === 'string' || typeof item['content_text'] === 'string', `${file}: an item needs content_html or content_text`);
        assert.ok(site.exists(fileOf(String(item['url']))), `${file}: ${String(item['url'])}`);
        if (item['image'] !== undefined) assert.ok(site.exists(fileOf(String(item['image']))), `${file}: image ${String(item['image'])}`);
      }
    }
  });

  test('full text carries the body with its images as one published file each, absolute, sized and described', () => {
    const json = JSON.parse(site.read('feed.json')) as { items: Array<{ url: string; content_html: string }> };
    const one = json.items.find((item) => item.url.endsWith('/2025/10/01/one/'));
    assert.ok(one, 'story one is in the site feed');
    assert.ok(one.content_html.includes(`<a href="${origin}2025/10/02/two/">two</a>`), one.content_html);
    const images = [...one.content_html.matchAll(/<img [^>]*>/g)].map((match) => match[0]);
    assert.equal(images.length, 1, one.content_html);
    const src = /src="([^"]+)"/.exec(images[0] ?? '')?.[1] ?? '';
    assert.match(src, /^https:\/\/example\.github\.io\/news\/assets\/images\/[0-9a-f]{32}-2\.jpg$/);
    assert.ok(site.exists(fileOf(src)), `${src} is published`);
    assert.match(images[0] ?? '', / width="2" height="2" alt="A dot"/);
    assert.doesNotMatch(one.content_html, /<picture|srcset|style=/);
  });
});
