/**
 * Code highlighted when the site is built (issue #12): highlight.js's class spans are written into the page and
 * coloured by assets/css/site.css, so readers get no script for it. The blocks around them are marked up as Jekyll
 * 4.3.1 writes them (kramdown with Rouge for fences, the `{% highlight %}` tag for Liquid), so the CSS of Jekyll
 * themes for `.highlighter-rouge`, `pre.highlight`, `figure.highlight` and `.rouge-table` still fits, and the code's
 * text and escaping are Rouge's. Only the token classes are highlight.js's (`hljs-keyword`, not Rouge's `k`).
 *
 * The language is never guessed: highlight.js's detection is slow and often wrong, and a block without a language
 * is plain text in Jekyll too. Pure.
 */
import type { HLJSApi } from 'highlight.js';
import { lazyRequire } from '../lazy-require.ts';

const hljs = lazyRequire<HLJSApi>('highlight.js');

/**
 * Names Jekyll posts use (Rouge's) that highlight.js spells otherwise or does not have. Rouge's `shell` is shell
 * script, highlight.js's `shell` a console session; Rouge's `console` is a session. Liquid's `{% tag %}` and
 * `{{ value | filter }}` are Django's syntax to highlight.js. Every other name is highlight.js's own, aliases
 * included (`js`, `ts`, `sh`, `yml`, `html`, `xml`, `scss`, `rb`, …).
 */
const rougeNames: Readonly<Record<string, string>> = {
  shell: 'bash',
  console: 'shell',
  terminal: 'shell',
  'shell-session': 'shell',
  shell_session: 'shell',
  liquid: 'django',
  plain: 'plaintext',
};

/** The highlight.js language for a name written on a code block, or undefined when there is none. */
export function highlightLanguage(language: string | undefined): string | undefined {
  if (language === undefined || language === '') return undefined;
  const lower = language.toLowerCase();
  const name = rougeNames[lower] ?? lower;
  return hljs().getLanguage(name) === undefined ? undefined : name;
}

/** Rouge escapes these three in code; quotes stay as written. */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}

/**
 * The inner HTML of `<code>`: the code in highlight.js's class spans, or escaped text when the language is absent
 * or neither highlight.js nor `rougeNames` knows it.
 */
export function highlightCode(code: string, language: string | undefined): string {
  const name = highlightLanguage(language);
  if (name === undefined) return escapeText(code);
  // highlight.js escapes quotes too; in element content they need not be, and Rouge leaves them.
  return hljs().highlight(code, { language: name, ignoreIllegals: true }).value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'");
}

export type Attributes = ReadonlyArray<readonly [name: string, value: string | number]>;

export interface CodeBlockOptions {
  /** Line numbers, in Rouge's table (`{% highlight ruby linenos %}`). */
  readonly linenos?: boolean | undefined;
  /** A markdown fence or indented block (kramdown's markup), or Liquid's `{% highlight %}` tag (Jekyll's). */
  readonly source?: 'fence' | 'highlight' | undefined;
  /** A fence's kramdown attribute list (`{: .wide #listing}`), put where kramdown puts it. */
  readonly attributes?: Attributes | undefined;
}

function attributesHtml(attributes: Attributes): string {
  return attributes.map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`).join('');
}

/** The attribute list with `before` and `after` around its classes, `class` first, as kramdown writes them. */
function withClasses(attributes: Attributes, before: readonly string[], after: readonly string[]): Attributes {
  const own = attributes.filter(([name]) => name === 'class').map(([, value]) => value);
  return [['class', [...before, ...own, ...after].join(' ')], ...attributes.filter(([name]) => name !== 'class')];
}

/**
 * A fence or indented block as kramdown with Rouge writes it: `<div class="language-ruby highlighter-rouge">`
 * around `<pre class="highlight"><code>`; a block without a language is `plaintext`. For a language Rouge does not
 * know kramdown writes a bare `<pre><code class="language-x">` (its attributes on the `<pre>`), and so does this
 * for a language highlight.js does not know. The code is kept as written, its last line break included.
 */
function fenceBlock(code: string, language: string | undefined, attributes: Attributes): string {
  const name = language === undefined || language === '' ? 'plaintext' : language;
  if (highlightLanguage(name) === undefined) return `<pre${attributesHtml(attributes)}><code class="language-${escapeAttribute(name)}">${escapeText(code)}</code></pre>`;
  const outer = attributesHtml(withClasses(attributes, [`language-${name}`], ['highlighter-rouge']));
  return `<div${outer}><div class="highlight"><pre class="highlight"><code>${highlightCode(code, name)}</code></pre></div></div>`;
}

/**
 * Jekyll's `{% highlight %}` tag: `<figure class="highlight"><pre><code class="language-x" data-lang="x">`, the
 * code without its leading and trailing line breaks (Jekyll's `LEADING_OR_TRAILING_LINE_TERMINATORS`); with
 * `linenos`, Rouge's table of line numbers and code, each ending in a line break.
 *
 * The tag's output goes into the markdown source before markdown-it reads it, where a blank line would end the
 * HTML block and turn the rest of the code into markdown. So the markup holds no line break at all: each one in the
 * code is written `&#10;`, and the whole is one line, one HTML block, passed through as it is.
 */
function highlightBlock(code: string, language: string | undefined, linenos: boolean): string {
  const name = language === undefined || language === '' ? 'plaintext' : language;
  const text = code.replace(/\r\n?/g, '\n').replace(/^\n+|\n+$/g, '');
  const inner = highlightCode(text, name);
  const lines = text.split('\n').length;
  const gutter = Array.from({ length: lines }, (_, i) => `${i + 1}\n`).join('');
  const body = linenos
    ? `<table class="rouge-table"><tbody><tr><td class="gutter gl"><pre class="lineno">${gutter}</pre></td><td class="code"><pre>${inner}\n</pre></td></tr></tbody></table>`
    : inner;
  const lang = escapeAttribute(name);
  return `<figure class="highlight"><pre><code class="language-${lang}" data-lang="${lang}">${body}</code></pre></figure>`.replace(/\n/g, '&#10;');
}

/** A whole code block's markup, highlighted: a markdown fence's (the default) or Liquid's `{% highlight %}` tag's. */
export function codeBlock(code: string, language: string | undefined, options: CodeBlockOptions = {}): string {
  return options.source === 'highlight' ? highlightBlock(code, language, options.linenos === true) : fenceBlock(code, language, options.attributes ?? []);
}
