/**
 * The live-markup scanner of the hostile-input tests (tests/helpers/live-markup.ts, issue #10), run over a small
 * hand-made output folder holding one of each kind of finding, and over files that must give none.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { browserScheme, findLiveMarkup, liveMarkupInHtml, liveMarkupInJson, liveMarkupInXml } from '../helpers/live-markup.ts';

const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

/** What the site itself publishes: JSON-LD, its search scripts, its search form, ordinary links and images. */
const cleanPage = page(
  '<script type="application/ld+json">{"@type":"NewsArticle","url":"https://x.example/a/","headline":"\\u003c/script\\u003e"}</script>' +
    '<script src="/news/assets/js/share.js" defer></script><script src="/assets/js/search.js" defer></script>',
  '<form action="/search/" method="get"><input name="q"></form><a href="https://x.example/">x</a> <a href="mailto:a@x.example">m</a> <a href="#top">t</a>' +
    '<img src="/a.jpg" srcset="/a-1.jpg 1x, /a-2.jpg 2x" alt="" style="background-image:url(data:image/webp;base64,AAAA)"><p>javascript:alert(1) as text, &lt;script&gt; as text</p>',
);

const files: Record<string, string> = {
  'clean/index.html': cleanPage,
  'script/index.html': page('', '<p>x</p><script>alert(1)</script>'),
  'handler/index.html': page('', '<img src="/x.jpg" onerror="alert(1)">'),
  'scheme/index.html': page('', '<a href="  JaVa&#x09;ScRiPt&colon;alert(1)">x</a><img src="data:image/svg+xml,x"><form action="vbscript:x"></form>'),
  'srcset/index.html': page('', '<img srcset="/a.jpg 1x, javascript:alert(1) 2x">'),
  'embed/index.html': page('<meta http-equiv="Refresh" content="0;url=https://evil.example/">', '<object data="/x.swf"></object><iframe srcdoc="&lt;script&gt;x&lt;/script&gt;"></iframe>'),
  'json-ld/index.html': page('<script type="application/ld+json">{"@type":"Person","sameAs":["javascript:alert(1)"]}</script><script type="application/ld+json">{"a":</script>', ''),
  'own-script-with-code/index.html': page('<script src="/assets/js/search.js">alert(1)</script>', ''),
  'foreign-script/index.html': page('<script src="https://evil.example/assets/js/search.js"></script>', ''),
  'svg-animation/index.html': page('', '<svg><a><animate attributeName="href" values="#ok;javascript:alert(1)"/></a></svg>'),
  'css/index.html': page('<style>a{background:url(javascript:alert(1))}</style>', '<p style="width:expression(alert(1))">x</p>'),
  'feed.xml':
    '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="html">&lt;b&gt;ok&lt;/b&gt;</title>' +
    '<link href="https://x.example/a/"/><content type="html"><![CDATA[<p onclick="x">A</p>]]></content></entry>' +
    '<entry><link href="javascript:alert(1)"/><summary type="html">&lt;script&gt;alert(1)&lt;/script&gt;</summary></entry></feed>',
  'rss.xml':
    '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><link>https://x.example/</link><description>Stories in &lt;img src=x onerror=alert(2)&gt;</description>' +
    '<item><title><![CDATA[<script>plain text by the RSS spec</script>]]></title><description>&lt;img src=x onerror=alert(1)&gt;</description>' +
    '<content:encoded><![CDATA[<a href="javascript:alert(1)">x</a>]]></content:encoded><enclosure url="data:image/png;base64,AAAA" type="image/png" length="0"/></item></channel></rss>',
  'sitemap.xml': '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>javascript:alert(1)</loc></url></urlset>',
  'broken.xml': '<?xml version="1.0"?><feed><entry></feed>',
  'image.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>',
  'feed.json': JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    home_page_url: 'https://x.example/',
    items: [{ url: 'https://x.example/a/', summary: '<script>plain text by the JSON Feed spec</script>', content_html: '<iframe src="javascript:alert(1)"></iframe>', image: 'vbscript:x' }],
  }),
  'broken.json': '{"items": [',
  'notes.txt': '<script>alert(1)</script>',
};

describe('finding live markup in a built site', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-live-markup-'));
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), content);
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('names each finding by file, place and what was found, in file order; clean files and other types give none', async () => {
    // The parsers' own words differ between Node and library versions; the finding's start does not.
    const findings = (await findLiveMarkup(dir)).map((finding) => finding.replace(/^(broken\.\w+: not [\w -]+) \(.*\)$/, '$1 (…)').replace(/not JSON \(.*\):/, 'not JSON (…):'));
    assert.deepEqual(findings, [
      'broken.json: not JSON (…)',
      'broken.xml: not well-formed XML (…)',
      'css/index.html: script in <style>: "a{background:url(javascript:alert(1))}"',
      'css/index.html: script in style="width:expression(alert(1))" on <p>',
      'embed/index.html: <meta http-equiv="refresh" content="0;url=https://evil.example/">',
      'embed/index.html: <object>',
      'embed/index.html: srcdoc="<script>x</script>" on <iframe>',
      'feed.json <items[0].content_html>: unsafe URL src="javascript:alert(1)" on <iframe>',
      'feed.json <items[0].image>: unsafe URL "vbscript:x"',
      'feed.xml <feed/entry/content>: event handler onclick="x" on <p>',
      'feed.xml <feed/entry[2]/link>: unsafe URL href="javascript:alert(1)" on <link>',
      'feed.xml <feed/entry[2]/summary>: <script>"alert(1)"',
      'foreign-script/index.html: <script src="https://evil.example/assets/js/search.js">""',
      'handler/index.html: event handler onerror="alert(1)" on <img>',
      'image.svg <svg>: event handler onload="alert(1)" on <svg>',
      'image.svg <svg/script>: a script element',
      'json-ld/index.html: JSON-LD <sameAs[0]>: unsafe URL "javascript:alert(1)"',
      'json-ld/index.html: JSON-LD that is not JSON (…): "{\\"a\\":"',
      'own-script-with-code/index.html: <script src="/assets/js/search.js"> with inline code "alert(1)"',
      'rss.xml <rss/channel/item/description>: event handler onerror="alert(1)" on <img>',
      'rss.xml <rss/channel/item/content:encoded>: unsafe URL href="javascript:alert(1)" on <a>',
      'rss.xml <rss/channel/item/enclosure>: unsafe URL url="data:image/png;base64,AAAA" on <enclosure>',
      'scheme/index.html: unsafe URL href="  JaVa\\tScRiPt:alert(1)" on <a>',
      'scheme/index.html: unsafe URL src="data:image/svg+xml,x" on <img>',
      'scheme/index.html: unsafe URL action="vbscript:x" on <form>',
      'script/index.html: <script>"alert(1)"',
      'sitemap.xml <urlset/url/loc>: unsafe URL "javascript:alert(1)"',
      'srcset/index.html: unsafe URL in srcset="/a.jpg 1x, javascript:alert(1) 2x" on <img>',
      'svg-animation/index.html: <animate> animating href to "#ok;javascript:alert(1)"',
    ]);
  });

  test('plain-text feed fields (RSS titles and channel description, JSON Feed summary) are scanned as HTML only when asked', async () => {
    const strict = await findLiveMarkup(dir, { plainTextAsHtml: true });
    const added = strict.filter((finding) => !finding.startsWith('broken'));
    assert.ok(added.includes('rss.xml <rss/channel/item/title>: <script>"plain text by the RSS spec"'), strict.join('\n'));
    assert.ok(added.includes('feed.json <items[0].summary>: <script>"plain text by the JSON Feed spec"'), strict.join('\n'));
    assert.ok(added.includes('rss.xml <rss/channel/description>: event handler onerror="alert(2)" on <img>'), strict.join('\n'));
  });
});

describe('the scanner\'s parts', () => {
  test('a scheme is read as a browser reads it: leading controls and spaces skipped, tabs and newlines ignored', () => {
    assert.equal(browserScheme('\u0001 java\tscr\nipt:alert(1)'), 'javascript');
    assert.equal(browserScheme('/path:with-colon'), undefined);
    assert.equal(browserScheme('//evil.example/x'), undefined);
  });

  test('an HTML fragment, a JSON and an XML document can be scanned alone', () => {
    assert.deepEqual(liveMarkupInHtml('<a href="javascript:x">x</a>', 'story:'), ['story: unsafe URL href="javascript:x" on <a>']);
    assert.deepEqual(liveMarkupInJson('{"content_html":"<b onclick=x>x</b>"}', 'x.json'), ['x.json <content_html>: event handler onclick="x" on <b>']);
    assert.deepEqual(liveMarkupInXml('<a><b type="html">&lt;script&gt;x&lt;/script&gt;</b></a>', 'x.xml'), ['x.xml <a/b>: <script>"x"']);
  });

  test('schemes and own scripts can be given', () => {
    assert.deepEqual(liveMarkupInHtml('<a href="ftp://x.example/">x</a>', 'p:', { schemes: ['http', 'https', 'ftp'] }), []);
    assert.deepEqual(liveMarkupInHtml('<script src="/js/app.js"></script>', 'p:', { ownScripts: [/^\/js\/app\.js$/] }), []);
  });
});
