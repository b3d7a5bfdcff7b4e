/**
 * kramdown's attribute lists (https://kramdown.gettalong.org/syntax.html#inline-attribute-lists), read as
 * kramdown's parser reads them (kramdown/parser/kramdown/extensions.rb, `parse_block_extensions`):
 *
 * - a block IAL, `{: .class #id key="value"}` alone on a line, belongs to the block it follows without a blank line
 *   (and so does each IAL on the lines after it); otherwise to the block on the next line; when a blank line follows
 *   it, to the block after that if a blank line came before it too, else to nothing;
 * - an ALD, `{:name: .class key="value"}`, names a list that any IAL uses by that name (`{: name}`), wherever in the
 *   post it stands;
 * - a span IAL, `*word*{: .class}`, belongs to the span element it follows (emphasis, a link, code, an image); after
 *   plain text kramdown keeps it as text, and so does this.
 *
 * The attributes an author may set are restricted, unlike kramdown's: ids, classes, `title`, `lang`, `dir` and
 * `data-*`, never an event handler or a style. A list that refers to `toc` is kramdown's table of contents
 * (./kramdown-headers.ts).
 */
import type { StateBlock, StateCore, StateInline, Token } from 'markdown-it';
import type { Markdown } from './create-markdown.ts';
import { type AttributeList, applyAttributeList, type Definitions, parseAttributeList } from './kramdown-attribute-list.ts';

type Target = 'previous' | 'next' | 'none';

interface BlockList {
  readonly list: AttributeList;
  readonly target: Target;
}

const blockIal = /^\{:(?![:/])((?:\\\}|[^}])+)\}[ \t]*$/;
const blockAld = /^\{:(\w[\w-]*):((?:\\\}|[^}])+)\}[ \t]*$/;
const spanIal = /^\{:(?![:/])((?:\\\}|[^}])+)\}/;
const fenceIal = /\s*\{:((?:\\\}|[^}])+)\}\s*$/;

/** The index of the opening token a closing token at `close` closes. */
export function openingIndex(tokens: readonly Token[], close: number): number {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    depth += tokens[i]?.nesting ?? 0;
    if (depth === 0) return i;
  }
  return -1;
}

/** The index of the closing token that closes the opening token at `open`. */
export function closingIndex(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    depth += tokens[i]?.nesting ?? 0;
    if (depth === 0) return i;
  }
  return -1;
}

function lineText(state: StateBlock, line: number): string {
  return state.src.slice((state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0), state.eMarks[line]);
}

/** Span elements an IAL may follow: a closed pair (emphasis, a link) or one of these. */
const spanElements = new Set(['code_inline', 'image']);

/**
 * The plugin. What each list line or span list holds is kept beside its token, in maps of this markdown-it
 * instance, until the core rule has put the attributes on their elements and taken the lists out.
 */
export function attributeListsPlugin(md: Markdown): void {
  const blockLists = new WeakMap<Token, BlockList>();
  const definitionLines = new WeakMap<Token, { readonly name: string; readonly list: AttributeList }>();
  const spanLists = new WeakMap<Token, AttributeList>();

  /** Where a block IAL on `line` goes, decided as kramdown decides it from the element before it. */
  const targetOf = (state: StateBlock, line: number, endLine: number): Target => {
    const last = state.tokens.at(-1);
    const ahead = (): Target => {
      if (line + 1 < endLine && !state.isEmpty(line + 1)) return 'next';
      // Before a blank line it waits for the block after it only when a blank line came before it (and before the
      // lists above it) too: kramdown's blank element, which the next blank line joins, rather than a new one taking
      // the list.
      let first = line;
      const isIal = (text: string): boolean => blockIal.test(text) && !blockAld.test(text);
      while (first > 0 && isIal(lineText(state, first - 1))) first--;
      const before = state.tokens.findLast((token) => token.type !== 'kramdown_ial');
      return first > 0 && state.isEmpty(first - 1) && before !== undefined && before.nesting !== 1 ? 'next' : 'none';
    };
    if (last !== undefined && last.type === 'kramdown_ial' && last.map?.[1] === line) return blockLists.get(last)?.target === 'previous' ? 'previous' : ahead();
    const follows = line > 0 && !state.isEmpty(line - 1) && last !== undefined && last.nesting !== 1 && last.type !== 'kramdown_ald';
    if (!follows) return ahead();
    // Right after a block: that block, if the line before ends it (after a link definition: lost, as in kramdown).
    const open = last.nesting === -1 ? state.tokens[openingIndex(state.tokens, state.tokens.length - 1)] : last;
    return open?.map?.[1] === line ? 'previous' : 'none';
  };

  const listLine = (state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean => {
    if ((state.sCount[startLine] ?? 0) - state.blkIndent >= 4) return false;
    const text = lineText(state, startLine);
    const ald = blockAld.exec(text);
    const ial = ald === null ? blockIal.exec(text) : null;
    if (ald === null && ial === null) return false;
    if (silent) return true;
    const target = ial === null ? 'none' : targetOf(state, startLine, endLine);
    const token = state.push(ald === null ? 'kramdown_ial' : 'kramdown_ald', '', 0);
    token.map = [startLine, startLine + 1];
    if (ald === null) blockLists.set(token, { list: parseAttributeList(ial?.[1] ?? ''), target });
    else definitionLines.set(token, { name: ald[1] ?? '', list: parseAttributeList(ald[2] ?? '') });
    state.line = startLine + 1;
    return true;
  };

  const spanList = (state: StateInline, silent: boolean): boolean => {
    // After plain text kramdown keeps the list as text.
    if (state.src.charCodeAt(state.pos) !== 0x7b || state.pending !== '') return false;
    const match = spanIal.exec(state.src.slice(state.pos, state.posMax));
    if (match === null) return false;
    if (!silent) {
      const token = state.push('kramdown_span_ial', '', 0);
      token.content = match[0];
      spanLists.set(token, parseAttributeList(match[1] ?? ''));
    }
    state.pos += match[0].length;
    return true;
  };

  /**
   * The element each block IAL belongs to, by its index: the block before it or after it, through the IALs on the
   * lines next to it (which share it), in one pass each way.
   */
  const blockElements = (tokens: readonly Token[]): Map<number, Token | undefined> => {
    const elements = new Map<number, Token | undefined>();
    const targetAt = (i: number): Target | undefined => {
      const token = tokens[i];
      return token === undefined ? undefined : blockLists.get(token)?.target;
    };
    tokens.forEach((_, i) => {
      if (targetAt(i) !== 'previous') return;
      const before = tokens[i - 1];
      elements.set(i, targetAt(i - 1) === 'previous' ? elements.get(i - 1) : before?.nesting === -1 ? tokens[openingIndex(tokens, i - 1)] : before);
    });
    for (let i = tokens.length - 1; i >= 0; i--) {
      if (targetAt(i) !== 'next') continue;
      const after = tokens[i + 1];
      const chained = targetAt(i + 1);
      const own = after !== undefined && after.nesting !== -1 && after.type !== 'kramdown_ald' ? after : undefined;
      elements.set(i, chained === undefined ? own : chained === 'next' ? elements.get(i + 1) : undefined);
    }
    return elements;
  };

  const withSpanAttributes = (children: readonly Token[], definitions: Definitions): Token[] => {
    const out: Token[] = [];
    for (const child of children) {
      const list = spanLists.get(child);
      if (list === undefined) {
        out.push(child);
        continue;
      }
      // Strong emphasis leaves an empty text token behind its closing token.
      let last = out.length - 1;
      while (out[last]?.type === 'text' && out[last]?.content === '') last--;
      const previous = out[last];
      const element = previous?.nesting === -1 ? out[openingIndex(out, last)] : previous !== undefined && spanElements.has(previous.type) ? previous : undefined;
      if (element === undefined) out.push(Object.assign(child, { type: 'text' }));
      else applyAttributeList(element, list, definitions);
    }
    return out;
  };

  const resolve = (state: StateCore): void => {
    const tokens = state.tokens;
    const definitions = new Map<string, AttributeList>();
    for (const token of tokens) {
      const definition = definitionLines.get(token);
      if (definition !== undefined) definitions.set(definition.name, definition.list);
    }
    const elements = blockElements(tokens);
    tokens.forEach((token, index) => {
      const list = blockLists.get(token)?.list;
      const element = elements.get(index);
      if (list !== undefined && element !== undefined) applyAttributeList(element, list, definitions);
      // `` ```ruby {: .wide} ``: a list on a fence's info string is the fence's.
      const onFence = token.type === 'fence' ? fenceIal.exec(token.info) : null;
      if (onFence !== null) {
        applyAttributeList(token, parseAttributeList(onFence[1] ?? ''), definitions);
        token.info = token.info.slice(0, onFence.index);
      }
      if (token.type === 'inline' && token.children !== null) token.children = withSpanAttributes(token.children, definitions);
    });
    state.tokens = tokens.filter((token) => token.type !== 'kramdown_ial' && token.type !== 'kramdown_ald');
  };

  // A list line ends a paragraph, a lazy blockquote line, a list and a table, as kramdown's LAZY_END does.
  md.block.ruler.before('table', 'kramdown_attribute_list', listLine, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.inline.ruler.before('emphasis', 'kramdown_span_attribute_list', spanList);
  md.core.ruler.after('inline', 'kramdown_attributes', resolve);
}
