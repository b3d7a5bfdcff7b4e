/**
 * HTML blocks as kramdown reads them (https://kramdown.gettalong.org/syntax.html#html-blocks, kramdown/parser/html.rb):
 * an element that is not a span element, starting a line, runs to its own end tag (same-named elements inside
 * counted), blank lines and all, where markdown-it ends an HTML block at its first blank line, making the rest of
 * the element markdown, and runs one on over the lines after the end tag. Its content is raw, unless its `markdown`
 * attribute says otherwise: `markdown="1"` reads it as the element's content model has it (blocks in a `div`, spans
 * in a `p`), `"block"` and `"span"` say which, `"0"` leaves it raw; the attribute itself is not written out. On a
 * span element (`<span markdown="1">`), whose content is inline markdown anyway, only the attribute is taken off. A
 * block IAL after the end tag sets attributes on the element (./kramdown-attributes.ts).
 *
 * An element whose end tag is missing, or shares its line with more than white space, is left to markdown-it.
 */
import { decodeHTMLAttribute } from 'entities';
import type { StateBlock, StateCore, Token } from 'markdown-it';
import type { Markdown } from './create-markdown.ts';

// kramdown/parser/html.rb: HTML_SPAN_ELEMENTS, and the content models of block elements.
const spanElements = new Set('a abbr acronym b big bdo br button cite code del dfn em i img input ins kbd label mark option q rb rbc rp rt rtc ruby samp select small span strong sub sup textarea tt var'.split(' '));
const spanContent = new Set('a abbr acronym b bdo big button cite caption del dfn dt em h1 h2 h3 h4 h5 h6 i ins label legend optgroup p q rb rbc rp rt rtc ruby select small span strong sub sup th tt'.split(' '));
const rawContent = new Set('script style math option textarea pre code kbd samp var'.split(' '));

type Mode = 'block' | 'span' | 'raw';

const openTag = /^<([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*>/;
const attribute = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const markdownAttribute = /\s+markdown\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;

function modeOf(tag: string, value: string): Mode {
  if (value === '0') return 'raw';
  if (value === 'block' || value === 'span') return value;
  return rawContent.has(tag) ? 'raw' : spanContent.has(tag) ? 'span' : 'block';
}

function lineStart(state: StateBlock, line: number): number {
  return (state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0);
}

interface Close {
  readonly line: number;
  /** Where `</tag>` starts in the source. */
  readonly at: number;
}

/**
 * What is left, for each parse, of the lines the search for end tags may read: the search can fail only at the end
 * of the post, so many elements never closed (`<div>` on every other line) would read it all again and again.
 * Past it, elements are left to markdown-it's HTML blocks.
 */
const scanBudgets = new WeakMap<StateBlock, number>();
/** Where the last end tag of each name is in each parse's source: none after an element, no search. */
const lastEndTags = new WeakMap<StateBlock, Map<string, number>>();

/** Reads one more line of the budget; false when it is spent. */
function spend(state: StateBlock): boolean {
  const left = (scanBudgets.get(state) ?? 10_000 + 20 * state.lineMax) - 1;
  scanBudgets.set(state, left);
  return left >= 0;
}

/** The element's own end tag (same-named elements nested inside counted), ending its line; for blocks, alone on it. */
function findClose(state: StateBlock, startLine: number, endLine: number, from: number, tag: string, mode: Mode): Close | undefined {
  const lastEnds = lastEndTags.get(state) ?? new Map<string, number>();
  lastEndTags.set(state, lastEnds);
  const lastEnd = lastEnds.get(tag) ?? state.src.toLowerCase().lastIndexOf(`</${tag}`);
  lastEnds.set(tag, lastEnd);
  if (lastEnd < from) return undefined;
  const tags = new RegExp(`<(/?)${tag}(?=[\\s/>])[^>]*>`, 'gi');
  let depth = 1;
  for (let line = startLine; line < endLine; line++) {
    if (!spend(state)) return undefined;
    if (line > startLine && !state.isEmpty(line) && (state.sCount[line] ?? 0) < state.blkIndent) return undefined;
    const start = line === startLine ? from : lineStart(state, line);
    const text = state.src.slice(start, state.eMarks[line]);
    for (const match of text.matchAll(tags)) {
      if (match[0].endsWith('/>')) continue;
      depth += match[1] === '/' ? -1 : 1;
      if (depth > 0) continue;
      const before = text.slice(0, match.index);
      const after = text.slice(match.index + match[0].length);
      if (after.trim() !== '' || (mode === 'block' && (line === startLine || before.trim() !== ''))) return undefined;
      return { line, at: start + match.index };
    }
  }
  return undefined;
}

function attributesOf(source: string): Array<[string, string]> {
  return [...source.matchAll(attribute)]
    .map(([, name = '', double, single, bare]): [string, string] => [name.toLowerCase(), decodeHTMLAttribute(double ?? single ?? bare ?? '')])
    .filter(([name]) => name !== 'markdown');
}

interface Element {
  readonly mode: Mode;
  /** The start tag as written, less its `markdown` attribute: written out as it is unless an IAL changed it. */
  readonly source: string;
  readonly attributes: ReadonlyArray<readonly [string, string]>;
}

/** markdown-it's own HTML blocks that already run to their end tag, blank lines and all. */
const toEndTag = new Set(['pre', 'script', 'style', 'textarea']);

/**
 * The plugin. Each element's start tag, as written, is kept beside its token in a map of this markdown-it instance,
 * so that it is written out unchanged unless an attribute list changed the element's attributes.
 */
export function markdownInHtmlPlugin(md: Markdown): void {
  const elements = new WeakMap<Token, Element>();

  const element = (state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean => {
    // An HTML block interrupts a paragraph through markdown-it's own rule; this one then reads it at its line.
    if (silent || (state.sCount[startLine] ?? 0) - state.blkIndent >= 4) return false;
    const start = lineStart(state, startLine);
    const open = openTag.exec(state.src.slice(start, state.eMarks[startLine]));
    const tag = open?.[1]?.toLowerCase() ?? '';
    if (open === null || spanElements.has(tag)) return false;
    const marked = markdownAttribute.exec(open[2] ?? '');
    if (marked === null && toEndTag.has(tag)) return false;
    const mode = marked === null ? 'raw' : modeOf(tag, (marked[1] ?? marked[2] ?? marked[3] ?? '').trim().toLowerCase());
    const contentStart = start + open[0].length;
    const close = findClose(state, startLine, endLine, contentStart, tag, mode);
    if (close === undefined) return false;
    // Line by line, so that a blockquote's `>` and a list item's indent are not content.
    const rest = state.src.slice(contentStart, close.line === startLine ? close.at : state.eMarks[startLine]);
    const middle = close.line > startLine ? state.getLines(startLine + 1, close.line, state.blkIndent, true) : '';
    const last = close.line > startLine ? state.src.slice(lineStart(state, close.line), close.at) : '';
    const content = close.line > startLine ? `${rest}\n${middle}${last}` : rest;

    const opening = state.push('kramdown_html_open', tag, 1);
    const attributes = attributesOf(open[2] ?? '');
    opening.attrs = attributes.map(([name, value]) => [name, value]);
    opening.map = [startLine, close.line + 1];
    elements.set(opening, { mode, source: open[0].replace(markdownAttribute, ''), attributes });
    if (mode === 'block') {
      const first = state.tokens.length;
      // Its own blocks, in the post's environment: its footnotes and link definitions are the post's.
      state.md.block.parse(content, state.md, state.env, state.tokens);
      for (const token of state.tokens.slice(first)) token.level += state.level;
    } else {
      const inner = state.push(mode === 'span' ? 'inline' : 'html_block', '', 0);
      inner.content = content;
      inner.map = [startLine, close.line + 1];
      inner.children = [];
    }
    state.push('kramdown_html_close', tag, -1);
    state.line = close.line + 1;
    return true;
  };

  const unchanged = (token: Token, written: Element): boolean =>
    (token.attrs ?? []).length === written.attributes.length && (token.attrs ?? []).every(([name, value], i) => written.attributes[i]?.[0] === name && written.attributes[i]?.[1] === String(value));

  md.block.ruler.before('html_block', 'kramdown_html_element', element);
  md.core.ruler.push('kramdown_span_markdown_attribute', spanMarkdownAttributes);
  md.renderer.rules['kramdown_html_open'] = (tokens, idx, _options, _env, self) => {
    const token = tokens[idx];
    const written = token === undefined ? undefined : elements.get(token);
    if (token === undefined || written === undefined) return '';
    const tag = unchanged(token, written) ? written.source : `<${token.tag}${self.renderAttrs(token)}>`;
    return written.mode === 'block' ? `${tag}\n` : tag;
  };
  md.renderer.rules['kramdown_html_close'] = (tokens, idx) => `</${tokens[idx]?.tag ?? 'div'}>\n`;
}

/** `<span markdown="1">`: inline markdown already, so only the attribute goes. */
function spanMarkdownAttributes(state: StateCore): void {
  for (const token of state.tokens) {
    for (const child of token.type === 'inline' ? (token.children ?? []) : []) {
      if (child.type === 'html_inline' && /^<[A-Za-z]/.test(child.content)) child.content = child.content.replace(markdownAttribute, '');
    }
  }
}
