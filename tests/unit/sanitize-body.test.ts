/**
 * Story bodies with `bodies.sanitize` (issue #10): article markup kept, everything that runs, restyles or embeds
 * from elsewhere removed; and untouched when the site trusts its authors (the default).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createMarkdown } from '../../src/markdown/create-markdown.ts';
import { describeBodies, sanitizeBody } from '../../src/markdown/sanitize-body.ts';
import { defaultBodySettings } from '../../src/site.ts';

const md = createMarkdown();
const sanitising = { sanitize: true, embedHosts: ['www.youtube-nocookie.com', 'player.vimeo.com'], liquid: true };
const clean = (html: string) => sanitizeBody(html, sanitising);
const cleanMarkdown = (source: string) => clean(md.render(source)).trim();

describe('a body when authors are trusted (the default)', () => {
  test('is published as written, raw HTML and all', () => {
    const html = '<p onclick="x">a</p><script>alert(1)</script><iframe src="https://evil.example/"></iframe>';
    assert.equal(sanitizeBody(html, defaultBodySettings()), html);
  });

  test('and the build says so', () => {
    assert.equal(describeBodies(defaultBodySettings()), 'story bodies: raw HTML allowed (authors trusted; set bodies.sanitize to sanitise)');
  });
});

describe('a sanitised body keeps ordinary article markup', () => {
  test('headings, paragraphs, emphasis, links, lists, quotes, rules and breaks', () => {
    const source = '## Heading\n\nText *em* **strong** ~~no~~ [link](https://example.com/ "Title") and `code`.  \nBroken.\n\n- one\n- two\n\n1. first\n\n> quote\n\n---';
    assert.equal(
      cleanMarkdown(source),
      '<h2 id="heading">Heading</h2>\n<p>Text <em>em</em> <strong>strong</strong> <s>no</s> <a href="https://example.com/" title="Title">link</a> and <code>code</code>.<br />\nBroken.</p>\n' +
        '<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<ol>\n<li>first</li>\n</ol>\n<blockquote>\n<p>quote</p>\n</blockquote>\n<hr />',
    );
  });

  test('tables keep their column alignment and nothing else of style', () => {
    assert.equal(cleanMarkdown('| a | b |\n|:-:|--:|\n| 1 | 2 |'), '<table>\n<thead>\n<tr>\n<th style="text-align:center">a</th>\n<th style="text-align:right">b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td style="text-align:center">1</td>\n<td style="text-align:right">2</td>\n</tr>\n</tbody>\n</table>');
    assert.equal(clean('<td style="text-align:left;position:fixed">x</td>'), '<td style="text-align:left">x</td>');
  });

  test('fenced code keeps its highlighted markup: kramdown\'s blocks and highlight.js\'s spans (issue #12)', () => {
    assert.equal(
      cleanMarkdown('```js\nlet x = "<b>";\n```'),
      '<div class="language-js highlighter-rouge"><div class="highlight"><pre class="highlight"><code><span class="hljs-keyword">let</span> x = <span class="hljs-string">"&lt;b&gt;"</span>;\n</code></pre></div></div>',
    );
  });

  test('captioned figures and images keep src, alt, width, height and title', () => {
    assert.equal(cleanMarkdown('![Ore](/assets/images/a.jpg "A mine")'), '<figure><img src="/assets/images/a.jpg" alt="Ore" /><figcaption>A mine</figcaption></figure>');
    assert.equal(clean('<img src="https://cdn.example/a.jpg" alt="A" width="640" height="480" title="T" loading="lazy">'), '<img src="https://cdn.example/a.jpg" alt="A" width="640" height="480" title="T" />');
  });

  test('picture and source keep their srcset, type, media and sizes', () => {
    assert.equal(
      clean('<picture><source type="image/avif" srcset="/a.avif 640w" sizes="100vw" media="(min-width: 1px)"><img src="/a.jpg" alt=""></picture>'),
      '<picture><source type="image/avif" srcset="/a.avif 640w" sizes="100vw" media="(min-width: 1px)" /><img src="/a.jpg" alt="" /></picture>',
    );
  });

  test('footnote ids and classes, abbreviations, marks, edits, details', () => {
    const html =
      '<p>Claim<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup> <abbr title="World Trade Organization">WTO</abbr> <mark>m</mark> <del>d</del><ins>i</ins> <sub>2</sub></p>' +
      '<hr class="footnotes-sep"><section class="footnotes"><ol class="footnotes-list"><li id="fn1" class="footnote-item"><p>Note <a href="#fnref1" class="footnote-backref">↩</a></p></li></ol></section>' +
      '<details open><summary>More</summary>Hidden</details><h3 id="background">Background</h3>';
    assert.equal(clean(html), html.replace('<hr class="footnotes-sep">', '<hr class="footnotes-sep" />'));
  });

  test('an iframe from a named embed host, over https, with its size and permissions', () => {
    const iframe = '<iframe src="https://www.youtube-nocookie.com/embed/abc" width="560" height="315" title="Video" allow="fullscreen" allowfullscreen loading="lazy"></iframe>';
    assert.equal(clean(iframe), iframe);
  });
});

describe('a sanitised body loses what runs, restyles or embeds from elsewhere', () => {
  test('scripts and style elements go with their content', () => {
    assert.equal(clean('<p>a</p><script>alert(1)</script><style>*{display:none}</style><noscript><img src="/t.gif"></noscript><p>b</p>'), '<p>a</p><p>b</p>');
  });

  test('event handlers, style attributes and unknown classes go; the element stays', () => {
    assert.equal(clean('<p onmouseover="alert(1)" style="position:fixed" class="evil" id="x">Hover</p>'), '<p>Hover</p>');
    assert.equal(clean('<img src="/x.jpg" onerror="alert(1)" alt="x">'), '<img src="/x.jpg" alt="x" />');
  });

  test('javascript:, vbscript: and data: links lose their href, however spelled', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', '&#106;avascript:alert(1)', 'java&#x09;script:alert(1)', '&#x0001; javascript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>']) {
      assert.equal(clean(`<a href="${href}" title="t">x</a>`), '<a title="t">x</a>', href);
    }
  });

  test('data: images and images from unsafe URLs are dropped whole; so are unsafe srcset candidates', () => {
    assert.equal(clean('<p><img src="data:image/png;base64,AAAA" alt="d"><img src="javascript:alert(1)"><img src="//evil.example/x.jpg"></p>'), '<p></p>');
    assert.equal(clean('<picture><source srcset="/a.avif 1x, javascript:alert(1) 2x, data:image/avif,x 3x"></picture>'), '<picture><source srcset="/a.avif 1x" /></picture>');
  });

  test('iframes from other hosts, over http, protocol-relative, relative or with srcdoc are dropped whole', () => {
    for (const iframe of [
      '<iframe src="https://evil.example/embed"></iframe>',
      '<iframe src="https://www.youtube-nocookie.com.evil.example/embed"></iframe>',
      '<iframe src="https://youtube-nocookie.com/embed/x"></iframe>',
      '<iframe src="http://www.youtube-nocookie.com/embed/x"></iframe>',
      '<iframe src="//www.youtube-nocookie.com/embed/x"></iframe>',
      '<iframe src="/embed/x"></iframe>',
      '<iframe src="javascript:alert(1)"></iframe>',
      '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    ]) {
      assert.equal(clean(`<p>a</p>${iframe}<p>b</p>`), '<p>a</p><p>b</p>', iframe);
    }
  });

  test('no iframe at all when the site names no embed host', () => {
    assert.equal(sanitizeBody('<iframe src="https://www.youtube.com/embed/x"></iframe>', { sanitize: true, embedHosts: [], liquid: true }), '');
  });

  test('forms, objects, embeds, base and meta refresh go, their prose kept', () => {
    assert.equal(
      clean('<form action="https://evil.example/"><label>Password <input name="p"></label><button formaction="javascript:x">Send</button></form><object data="x.swf">Fallback</object><embed src="x.swf"><base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example/">'),
      'Password SendFallback',
    );
  });

  test('SVG, MathML and their handlers go, their text kept', () => {
    assert.equal(clean('<svg onload="alert(1)"><a xlink:href="javascript:alert(1)"><text>t</text></a><animate attributeName="href" values="javascript:alert(1)"/></svg>'), '<a>t</a>');
    assert.equal(clean('<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">m</maction></math>'), 'm');
  });

  test('nested and unclosed hostile tags cannot break out', () => {
    assert.equal(clean('<p><b onclick="x">unclosed <i>deeper'), '<p><b>unclosed <i>deeper</i></b></p>');
    assert.equal(clean('<scr<script>ipt>alert(1)</script>'), 'ipt&gt;alert(1)');
    assert.equal(clean('<textarea><script>alert(1)</script></textarea><title><script>x</script></title>'), '');
  });

  test('the build says it sanitises, and which embed hosts it keeps', () => {
    assert.equal(describeBodies(sanitising), 'story bodies: sanitised (article markup kept; scripts, event handlers, styles and forms removed; iframes only from www.youtube-nocookie.com, player.vimeo.com)');
    assert.match(describeBodies({ sanitize: true, embedHosts: [], liquid: true }), /; no iframes\)$/);
  });
});
