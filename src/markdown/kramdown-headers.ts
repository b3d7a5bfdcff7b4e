/**
 * Header IDs and the table of contents as Jekyll's kramdown makes them, so existing `#deep-links` keep working.
 *
 * IDs are kramdown-parser-gfm's (`generate_gfm_header_id`), made once the whole post is read: from the heading's
 * text, unless the heading has one (`## Title {#id}`, or `{: #id}`); a repeated text gets `-1`, `-2`, counted per text
 * as kramdown counts (so a third `a` and a heading `a-1` can share an ID, as in Jekyll). `{::options auto_ids="false"
 * /}` anywhere in the post turns them off, and `auto_id_prefix` prefixes them (./kramdown-extensions.ts).
 *
 * `* TOC` with `{:toc}` under it becomes kramdown's table of contents (kramdown/converter/html.rb,
 * `generate_toc_tree`): every heading with an ID at a level of `toc_levels` and without the class `no_toc`, nested by
 * level, each a link to its heading whose ID is the list's (`markdown-toc`) and the heading's joined by `-`.
 */
import type { StateCore, Token } from 'markdown-it';
import type { Markdown } from './create-markdown.ts';
import { closingIndex } from './kramdown-attributes.ts';
import { isTocList } from './kramdown-attribute-list.ts';
import { documentOptions } from './kramdown-extensions.ts';

/**
 * kramdown-parser-gfm's header ID of a heading's text: lower case, everything but letters, marks, digits, connector
 * punctuation, hyphens and spaces removed, spaces and tabs to hyphens (`Rare Earths & Export` → `rare-earths--export`).
 */
export function kramdownHeaderId(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- \t]/gu, '').replace(/[ \t]/g, '-');
}

/** The text kramdown-parser-gfm makes the ID from (`update_raw_text`): text and code, typography as printed. */
function headingText(inline: Token | undefined): string {
  return (inline?.children ?? []).filter((child) => child.type === 'text' || child.type === 'code_inline').map((child) => child.content).join('');
}

// kramdown's HEADER_ID: a space, then `{#id}` ending the heading, the ID a letter and then word characters, `:`, `-`.
const explicitId = /[\t ]\{#([A-Za-z][\w:-]*)\}$/;

/** `## Title {#id}`: kramdown's explicit header ID, taken off the heading's text. */
function explicitHeaderIds(state: StateCore): void {
  state.tokens.forEach((token, i) => {
    if (token.type !== 'heading_open') return;
    const inline = state.tokens[i + 1];
    const last = inline?.children?.at(-1);
    const match = last?.type === 'text' ? explicitId.exec(last.content.trimEnd()) : null;
    if (inline === undefined || last === undefined || match === null) return;
    token.attrSet('id', match[1] ?? '');
    last.content = last.content.trimEnd().slice(0, match.index).trimEnd();
    inline.content = inline.content.trimEnd().replace(explicitId, '').trimEnd();
  });
}

function generatedHeaderIds(state: StateCore): void {
  const options = documentOptions(state.tokens);
  if (!options.autoIds) return;
  const counts = new Map<string, number>();
  state.tokens.forEach((token, i) => {
    if (token.type !== 'heading_open' || token.attrGet('id') !== null) return;
    const base = kramdownHeaderId(headingText(state.tokens[i + 1]));
    const count = (counts.get(base) ?? 0) + 1;
    counts.set(base, count);
    const id = `${options.autoIdPrefix}${count > 1 ? `${base}-${count - 1}` : base}`;
    // kramdown writes no `id` for a heading of nothing but punctuation.
    if (id !== '') token.attrSet('id', id);
  });
}

interface Entry {
  readonly level: number;
  readonly id: string;
  readonly children: readonly Token[];
}

/**
 * kramdown's `fix_for_toc_entry`: the heading's inline content without footnote references, links unwrapped;
 * copies, so that what later rules do to the heading's tokens is not done twice.
 */
function entryContent(state: StateCore, children: readonly Token[]): Token[] {
  return children
    .filter((child) => child.type !== 'footnote_ref' && child.type !== 'link_open' && child.type !== 'link_close')
    .map((child) => Object.assign(new state.Token(child.type, child.tag, child.nesting), child, { attrs: child.attrs?.map(([name, value]) => [name, value]) ?? null }));
}

/** The tokens of kramdown's nested TOC list, as `generate_toc_tree` nests a heading under the last shallower one. */
function tocTokens(state: StateCore, list: Token, entries: readonly Entry[]): Token[] {
  const listId = String(list.attrGet('id') ?? 'markdown-toc');
  const level = list.level;
  const opening = (type: 'list' | 'item', depth: number): Token => {
    const token = new state.Token(type === 'list' ? list.type : 'list_item_open', type === 'list' ? list.tag : 'li', 1);
    Object.assign(token, { block: true, level: level + depth, markup: list.markup });
    return token;
  };
  const closing = (type: 'list' | 'item', depth: number): Token => {
    const token = new state.Token(type === 'list' ? list.type.replace(/_open$/, '_close') : 'list_item_close', type === 'list' ? list.tag : 'li', -1);
    Object.assign(token, { block: true, level: level + depth, markup: list.markup });
    return token;
  };
  const outer = opening('list', 0);
  // kramdown's `attr['id'] ||= 'markdown-toc'`: the list's own attributes in their order, the ID last if it had none.
  const own = (list.attrs ?? []).map(([name, value]): [string, string] => [name, value.toString()]);
  outer.attrs = list.attrGet('id') === null ? [...own, ['id', listId]] : own;
  const out: Token[] = [outer];
  // The levels of the open items, innermost last: item k is at depth k, inside the list at depth k.
  const stack: number[] = [];
  const closeItem = (): void => {
    out.push(closing('item', stack.length * 2 - 1));
    stack.pop();
  };
  for (const entry of entries) {
    let closed = false;
    while (stack.length > 0 && (stack.at(-1) ?? 0) >= entry.level) {
      if (closed) out.push(closing('list', stack.length * 2));
      closeItem();
      closed = true;
    }
    // A sibling goes in the list of the item just closed; a deeper heading opens a list in the open item.
    if (!closed && stack.length > 0) out.push(opening('list', stack.length * 2));
    out.push(opening('item', stack.length * 2 + 1));
    const link = new state.Token('link_open', 'a', 1);
    link.attrs = [['href', `#${entry.id}`], ['id', `${listId}-${entry.id}`]];
    const inline = new state.Token('inline', '', 0);
    inline.level = level + stack.length * 2 + 2;
    inline.children = [link, ...entryContent(state, entry.children), new state.Token('link_close', 'a', -1)];
    out.push(inline);
    stack.push(entry.level);
  }
  while (stack.length > 0) {
    closeItem();
    if (stack.length > 0) out.push(closing('list', stack.length * 2));
  }
  out.push(closing('list', 0));
  return out;
}

function tableOfContents(state: StateCore): void {
  const tokens = state.tokens;
  if (!tokens.some(isTocList)) return;
  const { tocLevels } = documentOptions(tokens);
  const entries: Entry[] = tokens.flatMap((token, i) => {
    const level = Number(token.tag.slice(1));
    const id = String(token.attrGet('id') ?? '');
    const listed = token.type === 'heading_open' && token.attrGet('id') !== null && tocLevels.includes(level) && !/\bno_toc\b/.test(String(token.attrGet('class') ?? ''));
    return listed ? [{ level, id, children: tokens[i + 1]?.children ?? [] }] : [];
  });
  for (let start = tokens.findIndex(isTocList); start !== -1; start = tokens.findIndex((token, i) => i > start && isTocList(token))) {
    const list = tokens[start];
    const end = closingIndex(tokens, start);
    if (list === undefined || end === -1) break;
    tokens.splice(start, end - start + 1, ...tocTokens(state, list, entries));
  }
}

export function headerIdsPlugin(md: Markdown): void {
  // Before attribute lists are applied (./kramdown-attributes.ts), so that an IAL's `#id` wins, as in kramdown.
  md.core.ruler.before('kramdown_attributes', 'kramdown_explicit_header_ids', explicitHeaderIds);
  md.core.ruler.push('kramdown_header_ids', generatedHeaderIds);
  md.core.ruler.push('kramdown_toc', tableOfContents);
}
