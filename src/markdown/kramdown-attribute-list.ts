/**
 * kramdown's attribute lists themselves (kramdown/parser/kramdown/extensions.rb): what `{: …}` holds, and how a list
 * sets an element's attributes, restricted to what an author may set. Pure; ./kramdown-attributes.ts finds where the
 * lists stand and which element each belongs to.
 */
import type { Token } from 'markdown-it';

export interface AttributeList {
  /** Names of ALDs (`{: quote}`), in order. */
  readonly refs: readonly string[];
  /** Attributes in the order written; `class` once per class name. */
  readonly attributes: ReadonlyArray<readonly [name: string, value: string]>;
}

// kramdown's ALD_TYPE_ANY: `key="value"` (quotes escaped with `\`), a reference name, or `#id.class` run together.
const listItem = /(?:^|\s)(?:(\w[\w-]*)=(["'])((?:\\\}|[^}])*?)\2|(\w[\w-]*)|((?:#[A-Za-z][\w:-]*|\.[^\s.#]+)+))(?=\s|$)/g;
const idOrClass = /#([A-Za-z][\w:-]*)|\.([^\s.#]+)/g;

/** The contents of `{: …}` (without the braces and colon), as kramdown's `parse_attribute_list` reads them. Pure. */
export function parseAttributeList(text: string): AttributeList {
  const refs: string[] = [];
  const attributes: Array<[string, string]> = [];
  for (const [, key, quote, value, ref, idsAndClasses] of text.matchAll(listItem)) {
    if (key !== undefined && quote !== undefined) attributes.push([key, (value ?? '').replace(quote === '"' ? /\\([}"])/g : /\\([}'])/g, '$1')]);
    else if (ref !== undefined) refs.push(ref);
    else if (idsAndClasses !== undefined) {
      for (const [, id, name] of idsAndClasses.matchAll(idOrClass)) attributes.push(id === undefined ? ['class', name ?? ''] : ['id', id]);
    }
  }
  return { refs, attributes };
}

/** What an author may set through an attribute list: nothing that runs script or restyles the page. */
function allowed(name: string): boolean {
  return name === 'id' || name === 'class' || name === 'title' || name === 'lang' || name === 'dir' || /^data-[\w-]+$/.test(name);
}

export type Definitions = ReadonlyMap<string, AttributeList>;

/** kramdown's `update_attr_with_ial`: the lists referred to first, then the list's own; classes add up. */
export function applyAttributeList(token: Token, list: AttributeList, definitions: Definitions, seen: ReadonlySet<string> = new Set()): void {
  for (const ref of list.refs) {
    const definition = definitions.get(ref);
    if (definition !== undefined && !seen.has(ref)) applyAttributeList(token, definition, definitions, new Set([...seen, ref]));
  }
  if (list.refs.includes('toc')) token.meta = { ...token.meta, kramdownToc: true };
  for (const [name, value] of list.attributes) {
    if (!allowed(name)) continue;
    const current = token.attrGet(name);
    token.attrSet(name, name === 'class' && current !== null && current !== '' ? `${current} ${value}` : value);
  }
}

/** Whether `{:toc}` made this list kramdown's table of contents. */
export function isTocList(token: Token): boolean {
  const meta: unknown = token.meta;
  return typeof meta === 'object' && meta !== null && 'kramdownToc' in meta && meta.kramdownToc === true;
}
