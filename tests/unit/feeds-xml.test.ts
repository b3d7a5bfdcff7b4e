/**
 * Atom and RSS documents (issue #5), read back with an XML parser: the elements each format requires, absolute
 * URLs under a path prefix, authors, sections, lead images, summary or full text, and text that must be escaped.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildCollections } from '../../src/collections/index.ts';
import { newestFirst } from '../../src/collections/posts.ts';
import type { Post } from '../../src/content/schema.ts';
import { type FeedFile, type FeedOptions, planFeeds } from '../../src/feeds/plan.ts';
import { resolveSite, type Site } from '../../src/site.ts';
import { buildClock, markdown, postFrom, siteIn } from './support.ts';

/** `SITE_URL` and `PATH_PREFIX` given as a deploy gives them. */
const site = resolveSite(siteIn('UTC'), {}, { SITE_URL: 'https://example.org/', PATH_PREFIX: 'news' }, 'site.json');
const origin = 'https://example.org/news/';

const awkwardTitle = 'AT&T\'s "Q&A" </script><b>bold</b> ]]> and ]]> again';

/** Three stories: the newest awkward, one with an image and two sections, one with no author and no section. */
const posts: readonly Post[] = newestFirst([
  postFrom('posts/2025-10-03-awkward.md', markdown([`title: ${JSON.stringify(awkwardTitle)}`, 'description: "Fish & chips < 5 pounds"', 'categories: [R&D]', 'author: badely', 'date: 2025-10-03T09:00:00Z', 'last_modified_at: 2025-10-04T10:00:00Z'], 'Hello.')),
  postFrom('posts/2025-10-02-pictured.md', markdown(['title: Pictured', 'categories: [Technology, Science]', 'author: lchen', 'image: /assets/images/lead.jpg'], 'Body with [a link](/2025/10/03/awkward/).'), { files: ['assets/images/lead.jpg'] }),
  postFrom('posts/2025-10-01-plain.md', markdown(['title: Plain'], 'Plain body.')),
]);

const leadImageUrl = (post: Post): string | undefined => (post.image === undefined ? undefined : '/assets/images/0123456789abcdef0123456789abcdef-og.jpg');

function plan(given: Partial<FeedOptions> = {}, settings: Site = site): FeedFile[] {
  const options: FeedOptions = { fullText: false, limit: 20, renderBody: (post) => `<p>${post.body}</p><img src="/news/assets/images/inline.jpg" alt="">`, leadImageUrl, ...given };
  return planFeeds(buildCollections(posts, settings, buildClock), settings, options);
}

/** Elements that may repeat are always lists; RSS's `<link>` is one text element, Atom's may repeat. */
const listed = new Set(['entry', 'item', 'category', 'author', 'dc:creator', 'feed.link', 'feed.entry.link']);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (name, jPath) => listed.has(name) || listed.has(String(jPath)) });

type Node = Record<string, unknown>;

/**
 * fast-xml-parser's validator lets a bare `&` or a `<` in an attribute, `]]>` outside CDATA and control characters
 * through; XML 1.0 (§2.2 Characters, §2.4 Character Data, §3.1 AttValue) does not, so those are checked here.
 */
function assertWellFormed(xml: string): void {
  assert.equal(XMLValidator.validate(xml), true, xml);
  const outsideCdata = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  assert.doesNotMatch(outsideCdata, /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i, 'a bare & outside CDATA');
  assert.doesNotMatch(outsideCdata, /="[^"]*</, 'a < in an attribute value');
  assert.doesNotMatch(outsideCdata, /\]\]>/, ']]> outside CDATA');
  assert.doesNotMatch(xml, /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u, 'a character XML forbids');
}

/** The document, after checking it is well-formed XML. */
function parse(xml: string): Node {
  assertWellFormed(xml);
  return parser.parse(xml) as Node;
}

const at = (node: unknown, ...path: (string | number)[]): unknown => path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], node);
const text = (node: unknown): string => (typeof node === 'string' ? node : String(at(node, '#text')));
const list = (node: unknown): Node[] => (Array.isArray(node) ? (node as Node[]) : []);

/** What an HTML reader makes of `type="html"` text. */
const decodeHtml = (html: string): string => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

function render(files: readonly FeedFile[], url: string): string {
  const file = files.find((candidate) => candidate.url === url);
  assert.ok(file, `no feed at ${url}`);
  return file.render();
}

/** Every URL a document holds, as attribute or element text, by a crude but format-blind scan of the parse. */
function urlsIn(node: unknown, found: string[] = []): string[] {
  if (typeof node === 'string') {
    if (/^(https?:|\/)/.test(node)) found.push(node);
  } else if (Array.isArray(node)) {
    for (const child of node) urlsIn(child, found);
  } else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) if (!key.startsWith('@xmlns')) urlsIn(value, found);
  }
  return found;
}

describe('Atom', () => {
  const feed = at(parse(render(plan(), '/feed.xml')), 'feed') as Node;
  const entries = list(feed['entry']);

  test('has the feed elements RFC 4287 requires: id, title, updated, a self link, and an author', () => {
    assert.equal(text(feed['id']), `${origin}feed.xml`);
    assert.equal(text(feed['title']), 'The Test Gazette');
    assert.equal(text(feed['updated']), '2025-10-04T10:00:00.000Z');
    assert.deepEqual(list(feed['link']).map((link) => `${String(link['@rel'])} ${String(link['@href'])}`), [`alternate ${origin}`, `self ${origin}feed.xml`]);
    assert.equal(text(at(feed, 'author', 0, 'name')), 'The Test Gazette');
  });

  test('lists entries newest first, each with id, title, updated, published and link', () => {
    assert.deepEqual(entries.map((entry) => text(entry['id'])), [`${origin}2025/10/03/awkward/`, `${origin}2025/10/02/pictured/`, `${origin}2025/10/01/plain/`]);
    assert.deepEqual(entries.map((entry) => `${text(entry['updated'])} ${text(entry['published'])}`), ['2025-10-04T10:00:00.000Z 2025-10-03T09:00:00.000Z', '2025-10-02T00:00:00.000Z 2025-10-02T00:00:00.000Z', '2025-10-01T00:00:00.000Z 2025-10-01T00:00:00.000Z']);
    assert.equal(at(entries[1], 'link', 0, '@href'), `${origin}2025/10/02/pictured/`);
  });

  test('gives the author with a link to their page, and each section as a category', () => {
    assert.deepEqual(at(entries[1], 'author'), [{ name: 'Lin Chen', uri: `${origin}author/lchen/` }]);
    assert.deepEqual(list(at(entries[1], 'category')).map((category) => category['@term']), ['Technology', 'Science']);
    assert.equal(at(entries[2], 'author'), undefined, 'a story without an author falls back to the feed’s author');
  });

  test('links the lead image as an enclosure, with an absolute URL', () => {
    const enclosure = list(at(entries[1], 'link')).find((link) => link['@rel'] === 'enclosure');
    assert.equal(enclosure?.['@href'], `${origin}assets/images/0123456789abcdef0123456789abcdef-og.jpg`);
    assert.equal(list(at(entries[2], 'link')).length, 1);
  });

  test('gives the summary as HTML, with no content unless full text is asked for', () => {
    assert.equal(at(entries[0], 'summary', '@type'), 'html');
    assert.equal(decodeHtml(text(at(entries[0], 'summary'))), 'Fish & chips < 5 pounds');
    assert.equal(at(entries[0], 'content'), undefined);
  });

  test('escapes titles, sections and summaries so they round-trip', () => {
    assert.equal(at(entries[0], 'title', '@type'), 'html');
    assert.equal(decodeHtml(text(at(entries[0], 'title'))), awkwardTitle);
    assert.equal(list(at(entries[0], 'category'))[0]?.['@term'], 'R&D');
  });
});

describe('RSS 2.0', () => {
  const channel = at(parse(render(plan(), '/rss.xml')), 'rss', 'channel') as Node;
  const items = list(channel['item']);

  test('has the channel elements RSS 2.0 requires, and an atom:link to itself', () => {
    assert.equal(text(channel['title']), 'The Test Gazette');
    assert.equal(text(channel['link']), origin);
    assert.equal(text(channel['description']), 'A site for tests.');
    assert.equal(text(channel['language']), 'en');
    assert.equal(at(channel, 'atom:link', '@href'), `${origin}rss.xml`);
  });

  test('lists items newest first with title, link, a permalink guid and pubDate (the publication date)', () => {
    assert.deepEqual(items.map((item) => text(item['link'])), [`${origin}2025/10/03/awkward/`, `${origin}2025/10/02/pictured/`, `${origin}2025/10/01/plain/`]);
    assert.deepEqual(at(items[1], 'guid'), { '#text': `${origin}2025/10/02/pictured/`, '@isPermaLink': 'true' });
    assert.equal(text(items[0]?.['pubDate']), 'Fri, 03 Oct 2025 09:00:00 GMT');
  });

  test('names the author with dc:creator in its namespace, and each section as a category', () => {
    const creator = list(at(items[1], 'dc:creator'))[0];
    assert.deepEqual(creator, { '#text': 'Lin Chen', '@xmlns:dc': 'http://purl.org/dc/elements/1.1/' });
    assert.deepEqual(list(at(items[1], 'category')).map(text), ['Technology', 'Science']);
    assert.equal(at(items[2], 'dc:creator'), undefined);
  });

  test('attaches the lead image as a JPEG enclosure', () => {
    assert.deepEqual(at(items[1], 'enclosure'), { '@url': `${origin}assets/images/0123456789abcdef0123456789abcdef-og.jpg`, '@type': 'image/jpeg', '@length': '0' });
  });

  test('keeps titles as plain text and summaries as HTML, both round-tripping (`]]>` aside: see atom-rss.ts)', () => {
    assert.equal(text(items[0]?.['title']), awkwardTitle.replaceAll(']]>', ']]&gt;'));
    assert.equal(decodeHtml(text(items[0]?.['description'])), 'Fish & chips < 5 pounds');
    assert.deepEqual(list(at(items[0], 'category')).map(text), ['R&D']);
  });
});

describe('full text', () => {
  const files = plan({ fullText: true });

  test('Atom carries the story’s HTML as content beside the summary, with absolute links', () => {
    const entry = list(at(parse(render(files, '/feed.xml')), 'feed', 'entry'))[1];
    assert.equal(at(entry, 'content', '@type'), 'html');
    assert.equal(text(at(entry, 'content')), `<p>Body with [a link](/2025/10/03/awkward/).</p><img src="${origin}assets/images/inline.jpg" alt="">`);
    assert.equal(text(at(entry, 'summary')), 'Body with a link.');
  });

  test('RSS carries it as content:encoded', () => {
    const item = list(at(parse(render(files, '/rss.xml')), 'rss', 'channel', 'item'))[2];
    assert.equal(text(item?.['content:encoded']), `<p>Plain body.</p><img src="${origin}assets/images/inline.jpg" alt="">`);
  });

  test('HTML holding `]]>` twice, or characters XML forbids, still makes well-formed documents', () => {
    const awkward = plan({ fullText: true, renderBody: () => '<pre>a]]>b]]>c\u0007</pre>' });
    for (const url of ['/feed.xml', '/rss.xml']) {
      const xml = render(awkward, url);
      parse(xml);
      assert.match(xml, /<pre>a\]\]&gt;b\]\]&gt;c<\/pre>/);
    }
  });
});

describe('absolute URLs', () => {
  test('every URL in every Atom and RSS document is absolute, under the origin and path prefix', () => {
    for (const file of plan({ fullText: true }).filter((candidate) => candidate.format !== 'json')) {
      const urls = urlsIn(parse(file.render())).filter((url) => url !== 'http://purl.org/dc/elements/1.1/' && !url.startsWith('https://validator.w3.org/'));
      assert.ok(urls.length > 0);
      for (const url of urls) assert.ok(url.startsWith(origin), `${file.url}: ${url}`);
    }
  });

  test('a section with a non-Latin name has a decoded output path and percent-encoded links', () => {
    const chinese = [postFrom('posts/2025-10-01-x.md', markdown(['title: X', 'categories: [科技]']))];
    const files = planFeeds(buildCollections(chinese, site, buildClock), site, { fullText: false, limit: 20, renderBody: () => '', leadImageUrl });
    const atom = files.find((file) => file.url === '/category/科技/feed.xml');
    assert.equal(atom?.outputPath, 'category/科技/feed.xml');
    assert.equal(text(at(parse(atom?.render() ?? ''), 'feed', 'id')), `${origin}category/%E7%A7%91%E6%8A%80/feed.xml`);
  });
});
