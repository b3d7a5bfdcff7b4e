/**
 * Jekyll's `Excerpt#extract_excerpt` for Liquid (issue #12): an excerpt cut at the separator inside an open Liquid
 * block (`{% if %}` … blank line … `{% endif %}`) would not parse, so each block tag opened in the excerpt whose end
 * tag is not there is closed at its end, and the author is warned. Jekyll's rule exactly, quirks included: tags are
 * looked at last to first, and a block counts as closed when any `end<name>` appears in the excerpt.
 */

/** Liquid 5's and Jekyll's block tags (`Liquid::Block` descendants). */
const blockTags = new Set(['if', 'unless', 'case', 'for', 'capture', 'comment', 'raw', 'tablerow', 'highlight']);

/** Jekyll's `LIQUID_TAG_REGEX`: `{%-?\s*(\w+)\s*.*?-?%}`, across lines. */
const liquidTag = /{%-?\s*(\w+)\s*[\s\S]*?-?%}/g;

export interface ClosedExcerpt {
  readonly source: string;
  /** End tags added, in the order added (`endif`); empty when the excerpt was whole. */
  readonly closed: readonly string[];
}

export function closeOpenBlocks(head: string): ClosedExcerpt {
  if (!head.includes('{%')) return { source: head, closed: [] };
  const names = [...head.matchAll(liquidTag)].map((match) => match[1] ?? '');
  let source = head;
  const closed: string[] = [];
  for (const name of names.reverse()) {
    if (!blockTags.has(name)) continue;
    if (new RegExp(`{%-?\\s*end${name}[\\s\\S]*?\\s*-?%}`).test(source)) continue;
    source += `\n{% end${name} %}`;
    closed.push(`end${name}`);
  }
  return { source, closed };
}
