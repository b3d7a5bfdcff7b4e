/**
 * Wide content fitted to the column (issue #12): embeds keep their shape at any width, tables get a focusable
 * scroll box of their own, code blocks are focusable, and everything else is left byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createMarkdown } from '../../src/markdown/create-markdown.ts';
import { fitWideContent } from '../../src/markdown/embeds.ts';

const md = createMarkdown();

describe('embeds', () => {
  test('a YouTube frame with sizes gets its aspect ratio, the embed class, lazy loading and a title', () => {
    assert.equal(
      fitWideContent('<iframe width="560" height="315" src="https://www.youtube.com/embed/xyz?a=1&amp;b=2" frameborder="0" allowfullscreen></iframe>'),
      '<iframe width="560" height="315" src="https://www.youtube.com/embed/xyz?a=1&amp;b=2" frameborder="0" allowfullscreen class="embed" style="aspect-ratio: 560 / 315" loading="lazy" title="Embedded video"></iframe>',
    );
  });

  test('an author’s title, loading, classes and style are kept, the ratio added to the style', () => {
    assert.equal(
      fitWideContent('<iframe class="wide" style="border: 0;" width="640px" height="360" src="https://player.vimeo.com/video/1" title="Launch film" loading="eager"></iframe>'),
      '<iframe class="wide embed" style="border: 0; aspect-ratio: 640 / 360" width="640px" height="360" src="https://player.vimeo.com/video/1" title="Launch film" loading="eager"></iframe>',
    );
  });

  test('an empty title on a video frame is no title', () => {
    assert.match(fitWideContent('<iframe src="https://www.youtube-nocookie.com/embed/x" title=" "></iframe>'), /title="Embedded video"/);
  });

  test('a frame without sizes is taken as 16:9; one other host’s frame is not lazy or titled by us', () => {
    assert.equal(fitWideContent('<iframe src="https://maps.example/x"></iframe>'), '<iframe src="https://maps.example/x" class="embed" style="aspect-ratio: 16 / 9"></iframe>');
  });

  test('a frame sized in percent keeps the author’s layout', () => {
    const html = '<iframe width="100%" height="400" src="https://charts.example/x"></iframe>';
    assert.equal(fitWideContent(html), html);
  });

  test('an aspect ratio the author wrote is theirs', () => {
    assert.equal(
      fitWideContent('<iframe width="560" height="315" style="aspect-ratio: 1" src="https://x.example/"></iframe>'),
      '<iframe width="560" height="315" style="aspect-ratio: 1" src="https://x.example/" class="embed"></iframe>',
    );
  });

  test('video, embed and object with sizes are fitted too; without sizes they are left alone', () => {
    assert.equal(
      fitWideContent('<video width="640" height="480" controls><source src="/a.mp4"></video><embed src="/a.svg" width="300" height="100"><object data="/b.svg" width="200" height="200"></object><video src="/b.mp4"></video>'),
      '<video width="640" height="480" controls class="embed" style="aspect-ratio: 640 / 480"><source src="/a.mp4"></video><embed src="/a.svg" width="300" height="100" class="embed" style="aspect-ratio: 300 / 100"><object data="/b.svg" width="200" height="200" class="embed" style="aspect-ratio: 200 / 200"></object><video src="/b.mp4"></video>',
    );
  });

  test('attribute values are written back escaped', () => {
    assert.equal(fitWideContent(`<iframe src='https://x.example/?q="a"&lt;' title='say "hi"'></iframe>`), '<iframe src="https://x.example/?q=&quot;a&quot;&lt;" title="say &quot;hi&quot;" class="embed" style="aspect-ratio: 16 / 9"></iframe>');
  });

  test('an iframe named in text, a comment or a script is not touched', () => {
    const html = '<p>Write &lt;iframe width="1" height="1"&gt;.</p><!-- <iframe></iframe> --><script>"<iframe></iframe>"</script>';
    assert.equal(fitWideContent(html), html);
  });
});

describe('tables', () => {
  test('a markdown table is wrapped in a focusable, named scroll box, the table itself untouched', () => {
    const table = md.render('| a | b |\n|---|--:|\n| 1 | 2 |').trim();
    assert.equal(fitWideContent(table), `<section class="table-scroll" tabindex="0" aria-label="Table">${table}</section>`);
  });

  test('several tables get names of their own, a caption into the name', () => {
    assert.equal(
      fitWideContent('<table><tr><td>1</td></tr></table>\n<table><caption>Exports &amp; <b>imports</b>\n 2025</caption><tr><td>2</td></tr></table>'),
      '<section class="table-scroll" tabindex="0" aria-label="Table 1"><table><tr><td>1</td></tr></table></section>\n' +
        '<section class="table-scroll" tabindex="0" aria-label="Table 2: Exports &amp; imports 2025"><table><caption>Exports &amp; <b>imports</b>\n 2025</caption><tr><td>2</td></tr></table></section>',
    );
  });

  test('back-to-back tables each get their own box', () => {
    assert.equal(
      fitWideContent('<table><tr><td>1</td></tr></table><table><tr><td>2</td></tr></table>'),
      '<section class="table-scroll" tabindex="0" aria-label="Table 1"><table><tr><td>1</td></tr></table></section><section class="table-scroll" tabindex="0" aria-label="Table 2"><table><tr><td>2</td></tr></table></section>',
    );
  });

  test('a table already in a scroll box, inside another table or inside code is not wrapped again', () => {
    const html = '<div class="wide table-scroll"><table><tr><td>x</td></tr></table></div>';
    assert.equal(fitWideContent(html), html);
    assert.equal(
      fitWideContent('<table><tr><td><table><tr><td>in</td></tr></table></td></tr></table>'),
      '<section class="table-scroll" tabindex="0" aria-label="Table"><table><tr><td><table><tr><td>in</td></tr></table></td></tr></table></section>',
    );
    assert.doesNotMatch(fitWideContent('<pre><code><table class="rouge-table"><tr><td>1</td></tr></table></code></pre>'), /table-scroll/);
  });

  test('a table left open is closed where its parent or the body ends', () => {
    assert.equal(fitWideContent('<div><table><tr><td>x</div>after'), '<div><section class="table-scroll" tabindex="0" aria-label="Table"><table><tr><td>x</section></div>after');
    assert.equal(fitWideContent('<table><tr><td>x'), '<section class="table-scroll" tabindex="0" aria-label="Table"><table><tr><td>x</section>');
  });
});

describe('code blocks', () => {
  test('the outermost pre of a block becomes focusable, so keyboard users can scroll it', () => {
    assert.equal(
      fitWideContent(md.render('```js\nlet x = 1;\n```')),
      '<div class="language-js highlighter-rouge"><div class="highlight"><pre class="highlight" tabindex="0"><code><span class="hljs-keyword">let</span> x = <span class="hljs-number">1</span>;\n</code></pre></div></div>\n',
    );
    assert.equal(
      fitWideContent('<figure class="highlight"><pre><code><table class="rouge-table"><tbody><tr><td class="gutter gl"><pre class="lineno">1</pre></td><td class="code"><pre>a</pre></td></tr></tbody></table></code></pre></figure>'),
      '<figure class="highlight"><pre tabindex="0"><code><table class="rouge-table"><tbody><tr><td class="gutter gl"><pre class="lineno">1</pre></td><td class="code"><pre>a</pre></td></tr></tbody></table></code></pre></figure>',
    );
  });

  test('an author’s tabindex is kept', () => {
    assert.equal(fitWideContent('<pre tabindex="-1">x</pre>'), '<pre tabindex="-1">x</pre>');
  });
});

describe('everything else', () => {
  test('a body without embeds, tables or code is returned as it was', () => {
    const html = md.render('A *story* with [a link](https://example.com/) & an <img src="/a.jpg" alt="A">.\n\n> Quote');
    assert.equal(fitWideContent(html), html);
  });

  test('around what is fitted, the body is kept byte for byte, entities and odd markup included', () => {
    const before = '<p>R&amp;D &nbsp;&#8617; <br/><img src=/a.jpg alt=x></p>\n<div markdown="1"><br></div>';
    const after = '<p class=\'x\'>&copy; <!-- c --></p>';
    const out = fitWideContent(`${before}<iframe src="https://x.example/"></iframe>${after}`);
    assert.equal(out, `${before}<iframe src="https://x.example/" class="embed" style="aspect-ratio: 16 / 9"></iframe>${after}`);
  });
});
