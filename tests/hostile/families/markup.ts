import assert from 'node:assert/strict';
import { type HostileCase, story } from '../case.ts';

const at = 'posts/x.md';
const page = '2025/10/09/x/index.html';

const excerpt = (name: string, value: string): HostileCase => ({
  name,
  family: 'markup',
  files: { [at]: story({ excerpt: JSON.stringify(value) }) },
  expect: { exit: 0, publishes: [page] },
});

/** With `bodies.sanitize: true`, hostile body HTML never reaches any page or feed. */
const sanitised = (name: string, body: string, check?: HostileCase['expect']['check']): HostileCase => ({
  name,
  family: 'markup',
  settings: { bodies: { sanitize: true, embedHosts: ['www.youtube-nocookie.com'] }, feeds: { fullText: true } },
  files: { [at]: story({}, `Intro.\n\n${body}\n\nOutro.`) },
  expect: { exit: 0, publishes: [page], ...(check === undefined ? {} : { check }) },
});

/** The story body of a page, without the site's own masthead and footer. */
function storyBody(html: string): string {
  const start = html.indexOf('class="story__body"');
  assert.ok(start !== -1, 'no story body');
  return html.slice(start, html.indexOf('</article>', start));
}

export const markupCases: HostileCase[] = [
  excerpt('a script in the front-matter excerpt is text', '<script>alert(1)</script> Lead.'),
  excerpt('an onerror image in the excerpt is dropped', 'Lead <img src=x onerror=alert(1)> text.'),
  excerpt('a javascript: markdown link in the excerpt loses its link', '[click](javascript:alert(1)) here'),
  excerpt('a mixed-case javascript: link in the excerpt loses its link', '<a href="JaVaScRiPt:alert(1)">click</a>'),
  excerpt('an entity-encoded javascript: link in the excerpt loses its link', '<a href="&#106;avascript:alert(1)">click</a>'),
  excerpt('an iframe in the excerpt is dropped', '<iframe src="https://evil.example"></iframe> Lead.'),
  excerpt('an SVG with onload in the excerpt is dropped', '<svg onload=alert(1)><circle r=1></svg> Lead.'),
  excerpt('a style element in the excerpt is dropped', '<style>body{display:none}</style> Lead.'),
  excerpt('an unclosed tag in the excerpt does not swallow the page', '<div><b onclick=alert(1)>Lead'),
  {
    name: 'emphasis, links and code in the excerpt survive',
    family: 'markup',
    files: { [at]: story({ excerpt: '"*Key* point with [a link](https://example.com) and `code`"' }) },
    expect: { exit: 0, check: (site) => {
      const html = site.read(page);
      assert.match(html, /<em>Key<\/em>/);
      assert.match(html, /<a href="https:\/\/example\.com">a link<\/a>/);
      assert.match(html, /<code>code<\/code>/);
    } },
  },
  {
    name: 'raw HTML in a trusted body\'s first paragraph is live on its own page only, never in listings or feeds',
    family: 'markup',
    files: { [at]: story({}, '<img src=x onerror=alert(1)><script>alert(1)</script> First paragraph.\n\nSecond.') },
    expect: { exit: 0, trustedBodyIn: [page], publishes: ['category/news/index.html', '2025/index.html', 'feed.xml'] },
  },
  {
    name: 'raw HTML in the first paragraph of a sanitised body is live nowhere',
    family: 'markup',
    settings: { bodies: { sanitize: true } },
    files: { [at]: story({}, '<img src=x onerror=alert(1)><script>alert(1)</script> First paragraph.\n\nSecond.') },
    expect: { exit: 0, publishes: ['category/news/index.html'] },
  },
  {
    name: 'a hostile title is text in the page, its meta tags, JSON-LD and feeds',
    family: 'markup',
    files: { [at]: story({ title: '"</script><script>alert(1)</script> & \\"quotes\\""' }) },
    expect: { exit: 0, publishes: [page, 'feed.xml', 'feed.json'] },
  },
  {
    name: 'a hostile description is text in the meta tags',
    family: 'markup',
    files: { [at]: story({ description: '"\\"><script>alert(1)</script>"' }) },
    expect: { exit: 0, publishes: [page] },
  },
  {
    name: 'hostile alt text and caption are text',
    family: 'markup',
    files: { [at]: story({ image_alt: '"\\" onerror=\\"alert(1)"', image_caption: '"<img src=x onerror=alert(1)>"' }) },
    expect: { exit: 0, publishes: [page] },
  },
  {
    name: 'markdown links with script schemes are not links, even in trusted mode',
    family: 'markup',
    files: { [at]: story({}, '[a](javascript:alert(1)) [b](vbscript:msgbox) [c](data:text/html,alert) [d](JAVASCRIPT:alert(1))') },
    expect: { exit: 0 },
  },
  sanitised('a script in the body is removed', '<script>alert(1)</script>'),
  sanitised('event handlers in the body are removed', '<p onmouseover="alert(1)">Hover</p><img src="/x.jpg" onerror="alert(1)" alt="x">'),
  sanitised('a javascript: link in the body loses its href', '<a href="javascript:alert(1)">x</a>'),
  sanitised('an iframe from a host the site does not name is removed', '<iframe src="https://evil.example/embed"></iframe>', (site) => assert.doesNotMatch(site.read(page), /evil\.example/)),
  sanitised('an iframe from a named embed host is kept', '<iframe src="https://www.youtube-nocookie.com/embed/abc" title="Video"></iframe>', (site) => assert.match(site.read(page), /<iframe[^>]+src="https:\/\/www\.youtube-nocookie\.com\/embed\/abc"/)),
  sanitised('forms, objects and embeds are removed', '<form action="https://evil.example"><input name=p></form><object data="x.swf"></object><embed src="x.swf">', (site) => assert.doesNotMatch(storyBody(site.read(page)), /<form|<object|<embed/)),
  sanitised('style attributes and elements are removed', '<div style="position:fixed;inset:0">x</div><style>*{}</style>', (site) => assert.doesNotMatch(storyBody(site.read(page)), /position:fixed|<style>/)),
  sanitised('ordinary article markup survives sanitising', '## A heading\n\n> A quote\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```js\ncode()\n```', (site) => {
    const html = site.read(page);
    assert.match(html, /<h2[^>]*>A heading<\/h2>/);
    assert.match(html, /<blockquote>/);
    assert.match(html, /<table>/);
    assert.match(html, /<pre class="highlight"[^>]*><code><span class="hljs-/);
  }),
  sanitised('a meta refresh in the body is removed', '<meta http-equiv="refresh" content="0;url=https://evil.example">', (site) => assert.doesNotMatch(site.read(page), /evil\.example/)),
];
