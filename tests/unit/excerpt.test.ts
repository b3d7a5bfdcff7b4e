/** Excerpts (issue #2): the front-matter value, else the first paragraph or the text before `excerpt_separator`. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { opensBody, readExcerpt } from '../../src/content/excerpt.ts';
import { createMarkdown } from '../../src/markdown/create-markdown.ts';
import { markdown, postFrom, siteIn } from './support.ts';

const md = createMarkdown();
const excerpt = (body: string, separator = '\n\n', frontMatter?: string) => readExcerpt(md, { frontMatter, body, separator });

describe('the excerpt, as plain text and as HTML', () => {
  test('the front-matter value wins, inline markdown rendered', () => {
    assert.deepEqual(excerpt('First paragraph.', '\n\n', 'Beijing *tightens* exports'), {
      text: 'Beijing tightens exports',
      html: '<p>Beijing <em>tightens</em> exports</p>',
    });
  });

  // Issue #11: Jekyll's answer; `excerpt: ""` is a post that wants no excerpt.
  test('an empty front-matter value, or an empty separator, is no excerpt', () => {
    assert.deepEqual(excerpt('From the body.', '\n\n', ''), { text: '', html: '' });
    assert.deepEqual(excerpt('From the body.', ''), { text: '', html: '' });
  });

  test('else the first paragraph, its line breaks kept in the HTML', () => {
    assert.deepEqual(excerpt('First **bold**\nline two.\n\nSecond paragraph.'), {
      text: 'First bold line two.',
      html: '<p>First <strong>bold</strong>\nline two.</p>',
    });
  });

  test('leading blank lines are skipped', () => {
    assert.deepEqual(excerpt('\n\n\nFirst.\n\nSecond.'), { text: 'First.', html: '<p>First.</p>' });
  });

  test('a custom separator takes everything before it, across paragraphs', () => {
    assert.deepEqual(excerpt('One.\n\nTwo.\n<!--more-->\nThree.', '<!--more-->'), { text: 'One. Two.', html: '<p>One.</p>\n<p>Two.</p>' });
  });

  test('a body without the separator is all excerpt', () => {
    assert.deepEqual(excerpt('One.\n\nTwo.', '<!--more-->'), { text: 'One. Two.', html: '<p>One.</p>\n<p>Two.</p>' });
  });

  test('an empty body gives an empty excerpt', () => {
    assert.deepEqual(excerpt(''), { text: '', html: '' });
  });

  test('links keep their text in the plain form, and images are left out (issue #11)', () => {
    assert.equal(excerpt('See [the rules](https://example.com) and ![a map](map.png).').text, 'See the rules and .');
  });

  test('a CRLF file still ends the excerpt at the first blank line (regression, issue #2)', () => {
    assert.deepEqual(excerpt('First.\r\nStill first.\r\n\r\nSecond.\r\n'), { text: 'First. Still first.', html: '<p>First.\nStill first.</p>' });
  });
});

describe('the excerpt of a post', () => {
  test('uses the site excerpt_separator', () => {
    const site = siteIn('UTC', { excerptSeparator: '<!--more-->' });
    assert.equal(postFrom('posts/2025-10-09-x.md', markdown(['title: X'], 'One.\n\nTwo.\n<!--more-->\nThree.'), { site }).excerpt.text, 'One. Two.');
  });

  test('a post excerpt_separator wins over the site one', () => {
    const post = postFrom('posts/2025-10-09-x.md', markdown(['title: X', 'excerpt_separator: <!--cut-->'], 'One.\n\nTwo.<!--cut-->Three.'));
    assert.equal(post.excerpt.text, 'One. Two.');
  });

  test('a post excerpt wins over both', () => {
    const post = postFrom('posts/2025-10-09-x.md', markdown(['title: X', 'excerpt: "Short *and* sharp."'], 'One.\n\nTwo.'));
    assert.deepEqual(post.excerpt, { text: 'Short and sharp.', html: '<p>Short <em>and</em> sharp.</p>' });
  });
});

/** Issue #10: an excerpt is text with emphasis, links and inline code, whatever its source holds. */
describe('an excerpt holds no markup but emphasis, links and code (issue #10)', () => {
  const fromFrontMatter = (value: string) => excerpt('Body.', '\n\n', value);

  test('a script in front matter is dropped with its code, from the HTML and the text', () => {
    assert.deepEqual(fromFrontMatter('<script>alert(1)</script>Lead.'), { text: 'Lead.', html: '<p>Lead.</p>' });
    assert.deepEqual(fromFrontMatter('Lead <SCRIPT src="https://evil.example/x.js"></SCRIPT>here.'), { text: 'Lead here.', html: '<p>Lead here.</p>' });
  });

  test('an image with onerror is dropped; a markdown image is left out, alt text and all (as Jekyll\'s strip_html)', () => {
    assert.deepEqual(fromFrontMatter('Lead <img src=x onerror=alert(1)> text.'), { text: 'Lead text.', html: '<p>Lead  text.</p>' });
    assert.deepEqual(excerpt('A ![map of the mine](map.png) here.'), { text: 'A here.', html: '<p>A  here.</p>' });
    assert.deepEqual(excerpt('![Workers at the plant](/assets/images/x.jpg)\nBeijing tightens rules.'), { text: 'Beijing tightens rules.', html: '<p>Beijing tightens rules.</p>' });
  });

  // Issue #11: Jekyll resolves reference-style links in the excerpt from the whole post.
  test('reference-style links are resolved from definitions later in the post', () => {
    const body = 'Read [the report][r] and [this][].\n\nMore text.\n\n[r]: https://example.com/report\n[this]: https://example.com/this';
    assert.deepEqual(excerpt(body), {
      text: 'Read the report and this.',
      html: '<p>Read <a href="https://example.com/report">the report</a> and <a href="https://example.com/this">this</a>.</p>',
    });
  });

  test('a body that starts with raw HTML has that block as its excerpt, as text', () => {
    assert.deepEqual(excerpt('<div class="lead"><p>Opening <b>words</b>.</p></div>\n\nSecond.'), { text: 'Opening words.', html: '<p>Opening <b>words</b>.</p>' });
  });

  test('a markdown javascript: link is not a link', () => {
    assert.deepEqual(fromFrontMatter('[x](javascript:alert(1))'), { text: '[x](javascript:alert(1))', html: '<p>[x](javascript:alert(1))</p>' });
  });

  test('javascript:, vbscript: and data: links lose their link however they are spelled, and keep their text', () => {
    for (const href of ['JaVaScRiPt:alert(1)', '&#106;avascript:alert(1)', '&#x6A;avascript&colon;alert(1)', 'java&#x09;script:alert(1)', ' javascript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,x']) {
      assert.deepEqual(fromFrontMatter(`<a href="${href}">click</a> here`), { text: 'click here', html: '<p>click here</p>' }, href);
    }
  });

  test('a protocol-relative link loses its link', () => {
    assert.equal(fromFrontMatter('<a href="//evil.example/">click</a>').html, '<p>click</p>');
    assert.equal(fromFrontMatter('[click](//evil.example/)').html, '<p>click</p>');
  });

  test('iframes, style, SVG and forms are dropped, their prose kept', () => {
    assert.equal(fromFrontMatter('<iframe src="https://evil.example/"></iframe>Lead.').html, '<p>Lead.</p>');
    assert.equal(fromFrontMatter('<style>body{display:none}</style><b style="position:fixed">Lead</b>').html, '<p><b>Lead</b></p>');
    assert.equal(fromFrontMatter('<svg onload=alert(1)><circle r=1></circle></svg>Lead.').html, '<p>Lead.</p>');
    assert.equal(fromFrontMatter('<form action="javascript:alert(1)"><button>Go</button></form> on.').html, '<p>Go on.</p>');
    assert.equal(fromFrontMatter('<object data="x.swf"></object><embed src="x.swf">Lead.').html, '<p>Lead.</p>');
  });

  test('nested and unclosed tags are closed inside the excerpt and lose their attributes', () => {
    assert.deepEqual(fromFrontMatter('<div><b onclick=alert(1)>Lead'), { text: 'Lead', html: '<p><b>Lead</b></p>' });
    assert.equal(fromFrontMatter('<em>one <a href="/a/" title="t" class="c">two <strong>three').html, '<p><em>one <a href="/a/">two <strong>three</strong></a></em></p>');
    assert.equal(fromFrontMatter('</p></div><p>Broken out?').html, '<p>Broken out?</p>');
  });

  test('raw HTML in the first paragraph of the body is text in the excerpt', () => {
    assert.deepEqual(excerpt('<img src=x onerror=alert(1)><script>alert(1)</script> Opening <b onmouseover=alert(1)>paragraph</b>.\n\nSecond.'), {
      text: 'Opening paragraph.',
      html: '<p>Opening <b>paragraph</b>.</p>',
    });
    assert.deepEqual(excerpt('<div onclick="alert(1)">\n<p>A raw block</p>\n<script>alert(1)</script>\n</div>\n\nSecond.'), { text: 'A raw block', html: '<p>A raw block</p>' });
  });

  test('ordinary emphasis, links, inline code and raw <b> and <i> survive', () => {
    assert.deepEqual(fromFrontMatter('*Key* and **bold** point with [a link](https://example.com/ "Title"), [mail](mailto:a@example.com) and `code <b>`, <i>i</i>'), {
      text: 'Key and bold point with a link, mail and code <b>, i',
      html: '<p><em>Key</em> and <strong>bold</strong> point with <a href="https://example.com/">a link</a>, <a href="mailto:a@example.com">mail</a> and <code>code &lt;b&gt;</code>, <i>i</i></p>',
    });
  });

  test('headings, lists and code blocks before the separator become paragraphs of text', () => {
    assert.deepEqual(excerpt('## A heading\n\n- one\n- two\n\n```\nx <y>\n```\n<!--more-->\nRest.', '<!--more-->'), {
      text: 'A heading one two x <y>',
      html: '<p>A heading</p>\n<p>one</p>\n<p>two</p>\n<p><code>x &lt;y&gt;</code></p>',
    });
  });
});

describe('whether the excerpt is the story\'s own opening (the standfirst is left out)', () => {
  test('an excerpt taken from the body is its opening, even when raw HTML was stripped from it', () => {
    const body = '<img src=x onerror=alert(1)> Opening <b>paragraph</b>.\n\nSecond.';
    assert.equal(opensBody(md, excerpt(body), body), true);
  });

  test('a front-matter excerpt that repeats the opening is its opening; another one is not', () => {
    const body = 'Export licences will be needed.\n\nMore follows.';
    assert.equal(opensBody(md, excerpt(body, '\n\n', 'Export licences will be needed.'), body), true);
    assert.equal(opensBody(md, excerpt(body, '\n\n', 'Beijing tightens its grip.'), body), false);
  });

  test('an excerpt before a separator in mid-paragraph is the opening', () => {
    const body = 'One.\n\nTwo.<!--more-->Three.';
    assert.equal(opensBody(md, excerpt(body, '<!--more-->'), body), true);
  });
});
