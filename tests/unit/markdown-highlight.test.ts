/**
 * Code highlighted at build time (issue #12): highlight.js's spans in the markup Jekyll 4.3.1 writes around code,
 * the code's text and escaping as Rouge writes them, safe to put into markdown as one HTML block, kept by
 * `bodies.sanitize`, and coloured by a palette that meets WCAG AA in both colour schemes.
 *
 * The expected markup is Jekyll 4.3.1's (Debian's `jekyll`, kramdown 2 with Rouge 3) for the same source, with
 * Rouge's token spans taken out: those are the one thing that differs by design.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { decodeHTML } from 'entities';
import { createMarkdown, plainText } from '../../src/markdown/create-markdown.ts';
import { codeBlock, highlightCode, highlightLanguage } from '../../src/markdown/highlight.ts';
import { sanitizeBody } from '../../src/markdown/sanitize-body.ts';
import { defaultBodySettings } from '../../src/site.ts';

const md = createMarkdown();

/** Markup without token spans (Rouge's or highlight.js's), each `&#10;` a line break again. */
const withoutSpans = (html: string): string => html.replace(/<\/?span[^>]*>/g, '').replace(/&#10;/g, '\n');
/** What a reader sees of markup. */
const textOf = (html: string): string => decodeHTML(withoutSpans(html).replace(/<[^>]*>/g, ''));

const rubySource = 'def foo(a)\n  puts "hi <b> & #{a}"\n\n  # comment\nend\n';

describe('highlightCode', () => {
  test('writes highlight.js class spans for a language it knows', () => {
    assert.equal(highlightCode('const x = 1;', 'js'), '<span class="hljs-keyword">const</span> x = <span class="hljs-number">1</span>;');
  });

  test('escapes as Rouge does: &, < and >, quotes left as written', () => {
    const html = highlightCode(`let s = "<b>" + 'i' && t;`, 'js');
    assert.match(html, /<span class="hljs-string">"&lt;b&gt;"<\/span>/);
    assert.match(html, /<span class="hljs-string">'i'<\/span>/);
    assert.equal(textOf(html), `let s = "<b>" + 'i' && t;`);
    assert.doesNotMatch(html, /&quot;|&#x27;/);
  });

  test('is escaped text when the language is absent or unknown, never a guess', () => {
    const code = 'function f() { return "<b>" & 1; }';
    for (const language of [undefined, '', 'no-such-language']) {
      assert.equal(highlightCode(code, language), 'function f() { return "&lt;b&gt;" &amp; 1; }', String(language));
    }
  });

  test('knows the names Jekyll posts use, Rouge’s included', () => {
    const samples: Array<[language: string, code: string, expected: string]> = [
      ['js', 'const a = 1;', 'hljs-keyword'],
      ['ts', 'let a: number = 1;', 'hljs-built_in'],
      ['sh', 'echo "$HOME"', 'hljs-built_in'],
      ['shell', 'if [ -f x ]; then echo y; fi', 'hljs-keyword'],
      ['console', '$ ls -la\ntotal 0', 'hljs-meta prompt_'],
      ['yml', 'key: value', 'hljs-attr'],
      ['html', '<p class="x">Hi</p>', 'hljs-name'],
      ['xml', '<a href="x"/>', 'hljs-name'],
      ['scss', '.a { color: $red; }', 'hljs-selector-class'],
      ['ruby', 'def foo; end', 'hljs-keyword'],
      ['liquid', '{% if page.title %}{{ page.title | upcase }}{% endif %}', 'hljs-template-tag'],
      ['Ruby', 'def foo; end', 'hljs-keyword'],
    ];
    for (const [language, code, expected] of samples) {
      assert.notEqual(highlightLanguage(language), undefined, language);
      const html = highlightCode(code, language);
      assert.ok(html.includes(`class="${expected}`), `${language}: ${html}`);
      assert.equal(textOf(html), code, language);
    }
  });

  test('Rouge’s shell is shell script, its console a session with prompts', () => {
    assert.equal(highlightLanguage('shell'), 'bash');
    assert.equal(highlightLanguage('console'), 'shell');
    assert.equal(highlightLanguage('liquid'), 'django');
  });
});

describe('fenced and indented code, as kramdown with Rouge writes it', () => {
  test('a fence with a language: Jekyll 4.3.1’s markup, code text and escaping', () => {
    const html = md.render(`Fence:\n\n\`\`\`ruby\n${rubySource}\`\`\`\n`);
    assert.equal(
      withoutSpans(html),
      '<p>Fence:</p>\n<div class="language-ruby highlighter-rouge"><div class="highlight"><pre class="highlight"><code>def foo(a)\n  puts "hi &lt;b&gt; &amp; #{a}"\n\n  # comment\nend\n</code></pre></div></div>\n',
    );
    assert.match(html, /<code><span class="hljs-keyword">def<\/span> <span class="hljs-title function_">foo<\/span>/);
  });

  test('a tilde fence too', () => {
    assert.equal(withoutSpans(md.render('~~~js\nconst x = 1; // c\n~~~\n')), '<div class="language-js highlighter-rouge"><div class="highlight"><pre class="highlight"><code>const x = 1; // c\n</code></pre></div></div>\n');
  });

  test('a fence without a language and an indented block are plaintext, exactly as Jekyll writes them', () => {
    assert.equal(md.render('```\nplain <text> & "q"\n```\n'), '<div class="language-plaintext highlighter-rouge"><div class="highlight"><pre class="highlight"><code>plain &lt;text&gt; &amp; "q"\n</code></pre></div></div>\n');
    assert.equal(md.render('    indented <x>\n    second\n'), '<div class="language-plaintext highlighter-rouge"><div class="highlight"><pre class="highlight"><code>indented &lt;x&gt;\nsecond\n</code></pre></div></div>\n');
  });

  test('a language neither Rouge nor highlight.js knows is a bare pre, as kramdown falls back', () => {
    assert.equal(md.render('```unknownlang\nx < y\n```\n'), '<pre><code class="language-unknownlang">x &lt; y\n</code></pre>\n');
  });

  test('trailing blank lines inside the fence are kept, as Jekyll keeps them', () => {
    assert.equal(withoutSpans(md.render('```yaml\na: 1\n\n\n```\n')), '<div class="language-yaml highlighter-rouge"><div class="highlight"><pre class="highlight"><code>a: 1\n\n\n</code></pre></div></div>\n');
  });

  test('an attribute list on the fence goes on the outer div, classes between kramdown’s', () => {
    assert.equal(withoutSpans(md.render('```ruby {: .wide #ex}\nx = 1\n```\n')), '<div class="language-ruby wide highlighter-rouge" id="ex"><div class="highlight"><pre class="highlight"><code>x = 1\n</code></pre></div></div>\n');
  });

  test('the text readers of markdown see is the code, not its markup', () => {
    assert.equal(plainText(md, 'Intro.\n\n```js\nlet x = "<b>";\n```'), 'Intro. let x = "<b>";');
  });

  test('no script or stylesheet is added to the body for highlighting', () => {
    assert.doesNotMatch(md.render(`\`\`\`ruby\n${rubySource}\`\`\`\n`), /<script|<link|<style/);
  });
});

describe('Liquid’s {% highlight %} tag, as Jekyll writes it', () => {
  const highlighted = (code: string, language: string, linenos = false) => codeBlock(code, language, { source: 'highlight', linenos });

  test('a figure around pre and code, without the code’s trailing line break', () => {
    assert.equal(
      withoutSpans(highlighted(rubySource, 'ruby')),
      '<figure class="highlight"><pre><code class="language-ruby" data-lang="ruby">def foo(a)\n  puts "hi &lt;b&gt; &amp; #{a}"\n\n  # comment\nend</code></pre></figure>',
    );
  });

  test('leading and trailing line breaks go, the first line’s indentation stays', () => {
    assert.equal(withoutSpans(highlighted('\n\n  x = 1\n\n', 'ruby')), '<figure class="highlight"><pre><code class="language-ruby" data-lang="ruby">  x = 1</code></pre></figure>');
  });

  test('linenos: Rouge’s table, each number and the code ending in a line break', () => {
    assert.equal(
      withoutSpans(highlighted('a\n\nb\n', 'ruby', true)),
      '<figure class="highlight"><pre><code class="language-ruby" data-lang="ruby"><table class="rouge-table"><tbody><tr><td class="gutter gl"><pre class="lineno">1\n2\n3\n</pre></td><td class="code"><pre>a\n\nb\n</pre></td></tr></tbody></table></code></pre></figure>',
    );
  });

  test('an unknown language is escaped text in the same figure', () => {
    assert.equal(highlighted('x < y\n', 'unknownlang'), '<figure class="highlight"><pre><code class="language-unknownlang" data-lang="unknownlang">x &lt; y</code></pre></figure>');
  });

  test('its markup has no line break at all, CRLF code included', () => {
    const html = highlighted('a\r\n\r\nb\rc\n', 'ruby', true);
    assert.doesNotMatch(html, /[\r\n]/);
    assert.match(html, /<pre class="lineno">1&#10;2&#10;3&#10;4&#10;<\/pre>/);
  });

  test('put into markdown, it is one HTML block that markdown-it passes through untouched', () => {
    const code = 'first line\n\n*stars* and _underscores_\n<tags> & {{ braces | upcase }}\n\n    indented four\n# not a heading\n- not a list\n[not](a-link) ---\n\n\nlast';
    const block = highlighted(code, 'liquid');
    const html = md.render(`Before.\n\n${block}\n\nAfter.\n`);
    assert.equal(html, `<p>Before.</p>\n${block}\n<p>After.</p>\n`);
    assert.equal(textOf(block), code);
    assert.doesNotMatch(block, /<(em|strong|h1|ul|li|a|p)\b/);
  });
});

describe('highlighted code with bodies.sanitize on', () => {
  const sanitising = { ...defaultBodySettings(), sanitize: true, embedHosts: [] };
  const clean = (html: string) => sanitizeBody(html, sanitising);

  test('fences keep their blocks, classes and every token span', () => {
    const html = md.render('```ts\nclass A extends B { f(x: string) { return `a ${x}`; } }\n```\n\n```html\n<p class="x">Hi</p>\n```\n\n```console\n$ ls\n```\n\n```\nplain\n```\n');
    assert.match(html, /hljs-title class_ inherited__/);
    assert.match(html, /<span class="language-bash">/);
    assert.equal(clean(html), html);
  });

  test('{% highlight %} figures keep data-lang and Rouge’s line-number table', () => {
    const html = codeBlock('def foo\n  "x"\nend', 'ruby', { source: 'highlight', linenos: true });
    assert.equal(clean(html), html.replace(/&#10;/g, '\n'));
  });

  test('other classes and attributes on the same elements still go', () => {
    assert.equal(
      clean('<div class="language-js evil highlighter-rouge" onclick="x"><pre class="highlight wide" style="color:red"><code data-x="1" data-lang="js"><span class="hljs-keyword attack" id="s">let</span></code></pre></div>'),
      '<div class="language-js highlighter-rouge"><pre class="highlight"><code data-lang="js"><span class="hljs-keyword">let</span></code></pre></div>',
    );
  });
});

describe('the code palette in assets/css/site.css (WCAG AA)', () => {
  const css = readFileSync(path.join(import.meta.dirname, '../../assets/css/site.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

  /** The text inside the `{ … }` that opens at `open`. */
  const blockAt = (open: number): string => {
    let depth = 0;
    for (let i = open; i < css.length; i++) {
      if (css[i] === '{') depth++;
      else if (css[i] === '}' && --depth === 0) return css.slice(open + 1, i);
    }
    assert.fail(`unbalanced braces after offset ${open}`);
  };
  const media = (query: string): string => {
    const at = css.indexOf(`@media ${query} {`);
    assert.ok(at >= 0, `site.css has @media ${query}`);
    return blockAt(css.indexOf('{', at));
  };
  /** The custom properties set by the `:root { … }` rules of a stretch of CSS, later ones over earlier. */
  const rootProperties = (text: string): Array<[string, string]> =>
    [...text.matchAll(/:root\s*\{([^}]*)\}/g)].flatMap((rule) => [...(rule[1] ?? '').matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m): [string, string] => [m[1] ?? '', (m[2] ?? '').trim()]));
  /** The stylesheet outside every @media block. */
  const outsideMedia = (): string => {
    let out = '';
    let at = 0;
    for (const match of css.matchAll(/@media[^{]*\{/g)) {
      if (match.index < at) continue;
      const open = match.index + match[0].length - 1;
      out += css.slice(at, match.index);
      at = open + blockAt(open).length + 2;
    }
    return out + css.slice(at);
  };
  const base = new Map(rootProperties(outsideMedia()));
  const dark = rootProperties(media('(prefers-color-scheme: dark)'));
  const schemes: Record<string, Map<string, string>> = {
    light: base,
    dark: new Map([...base, ...dark]),
    // Printed from dark mode: both media apply, print's values last.
    print: new Map([...base, ...dark, ...rootProperties(media('print'))]),
  };

  const resolve = (palette: Map<string, string>, name: string): string => {
    const value = palette.get(name);
    assert.ok(value !== undefined, `${name} is defined`);
    const reference = /^var\((--[\w-]+)\)$/.exec(value);
    return reference ? resolve(palette, reference[1] ?? '') : value;
  };
  const luminance = (hex: string): number => {
    const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d) : [hex.slice(1, 3), hex.slice(3, 5), hex.slice(5, 7)];
    const [r = 0, g = 0, b = 0] = digits.map((d) => {
      const c = parseInt(d, 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string): number => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
  };
  const tokens = [...base.keys()].filter((name) => name.startsWith('--code-') && name !== '--code-paper');

  test('the palette has a paper and token colours', () => {
    assert.ok(tokens.length >= 8, tokens.join(', '));
  });

  for (const [scheme, palette] of Object.entries(schemes)) {
    test(`${scheme}: every token colour is 4.5:1 or better on the code paper`, () => {
      const paper = resolve(palette, '--code-paper');
      const failing = tokens
        .map((name) => ({ name, colour: resolve(palette, name) }))
        .map(({ name, colour }) => {
          assert.match(colour, /^#([0-9a-f]{3}|[0-9a-f]{6})$/i, `${scheme} ${name}`);
          return { name, colour, ratio: contrast(colour, paper) };
        })
        .filter(({ ratio }) => ratio < 4.5)
        .map(({ name, colour, ratio }) => `${name} ${colour} on ${paper}: ${ratio.toFixed(2)}:1`);
      assert.deepEqual(failing, []);
    });
  }

  test('the light and dark schemes differ in every token colour', () => {
    for (const name of tokens) assert.notEqual(resolve(schemes['dark'] ?? base, name), resolve(base, name), name);
  });

  test('every colour of a highlight.js class is one of the palette’s, so none escapes the checks above', () => {
    const rules = [...css.matchAll(/([^{}]*\.hljs-[^{}]*)\{([^}]*)\}/g)];
    assert.ok(rules.length >= 8, `${rules.length} rules for .hljs-* classes`);
    for (const [, selector = '', body = ''] of rules) {
      for (const [, value = ''] of body.matchAll(/(?:^|;)\s*(?:color|background(?:-color)?)\s*:\s*([^;]+)/g)) {
        const reference = /^var\((--code-[\w-]+)\)$/.exec(value.trim());
        assert.ok(reference && base.has(reference[1] ?? ''), `${selector.trim()}: ${value.trim()} is not a --code-* colour`);
      }
    }
  });
});
