/**
 * kramdown's definition lists (kramdown/parser/kramdown/list.rb, `parse_definition_list`), after markdown-it-deflist
 * but read as kramdown reads them:
 *
 * - every line of the paragraph before the first `: definition` is a term of its own, so `Term one` and `Term two`
 *   on two lines are two `<dt>`s sharing the definitions after them;
 * - a definition is `:` and a space or a tab (not markdown-it-deflist's `~`), one blank line allowed before it;
 * - a definition's first paragraph is a `<p>` only when a blank line comes before its `:` (its other paragraphs
 *   always are), decided for each definition, not for the whole list;
 * - terms and definitions after a blank line continue the same list.
 */
import type { StateBlock } from 'markdown-it';
import type { Markdown } from './create-markdown.ts';

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

/** The position after a definition's `:` and its space, or -1 when `line` is no definition. */
function definitionMarker(state: StateBlock, line: number): number {
  const start = (state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0);
  const max = state.eMarks[line] ?? 0;
  if (start >= max || state.src.charCodeAt(start) !== 0x3a /* : */) return -1;
  const next = state.src.charCodeAt(start + 1);
  if (next !== 0x20 && next !== 0x09) return -1;
  // No empty definitions (`: ` alone).
  return state.skipSpaces(start + 1) >= max ? -1 : start + 1;
}

interface Terms {
  /** The line after the last term. */
  readonly end: number;
  /** The line of the first definition. */
  readonly definition: number;
}

/**
 * The terms starting at `startLine`: the lines of a paragraph up to a definition marker, or after them one blank
 * line and a definition marker. Undefined when what follows is no definition, or another block ends the lines first.
 */
function termsAt(state: StateBlock, startLine: number, endLine: number, self: BlockRule): Terms | undefined {
  const indent = (line: number): number => (state.sCount[line] ?? 0) - state.blkIndent;
  if (state.isEmpty(startLine) || indent(startLine) < 0 || indent(startLine) >= 4 || definitionMarker(state, startLine) >= 0) return undefined;
  const isDefinition = (line: number): boolean => line < endLine && indent(line) >= 0 && indent(line) < 4 && definitionMarker(state, line) >= 0;
  const terminators = state.md.block.ruler.getRules('paragraph').filter((rule) => rule !== self);
  for (let line = startLine + 1; line < endLine; line++) {
    if (state.isEmpty(line)) return isDefinition(line + 1) ? { end: line, definition: line + 1 } : undefined;
    if (isDefinition(line)) return { end: line, definition: line };
    // As markdown-it's paragraph reads its lines: one indented four or more continues it.
    if (indent(line) > 3) continue;
    if (indent(line) < 0 || terminators.some((rule) => rule(state, line, endLine, true))) return undefined;
  }
  return undefined;
}

/** The indent of the definition being read, for each parse: markdown-it-deflist's `ddIndent`. */
const definitionIndents = new WeakMap<StateBlock, number>();

/** One definition's content, from `line`, its blocks parsed as a list item's are. Returns the line after it. */
function definition(state: StateBlock, line: number, endLine: number): number {
  const contentStart = definitionMarker(state, line);
  const open = state.push('dd_open', 'dd', 1);
  const opened = state.tokens.length;
  const lines: [number, number] = [line, 0];
  open.map = lines;
  let pos = contentStart;
  const max = state.eMarks[line] ?? 0;
  let offset = (state.sCount[line] ?? 0) + contentStart - ((state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0));
  for (; pos < max; pos++) {
    const ch = state.src.charCodeAt(pos);
    if (ch === 0x09) offset += 4 - (offset % 4);
    else if (ch === 0x20) offset++;
    else break;
  }
  const saved = { tight: state.tight, ddIndent: definitionIndents.get(state), blkIndent: state.blkIndent, tShift: state.tShift[line] ?? 0, sCount: state.sCount[line] ?? 0 };
  state.blkIndent = (state.sCount[line] ?? 0) + 2;
  definitionIndents.set(state, state.blkIndent);
  state.tShift[line] = pos - (state.bMarks[line] ?? 0);
  state.sCount[line] = offset;
  state.tight = true;
  state.md.block.tokenize(state, line, endLine);
  state.tight = saved.tight;
  if (saved.ddIndent === undefined) definitionIndents.delete(state);
  else definitionIndents.set(state, saved.ddIndent);
  state.blkIndent = saved.blkIndent;
  state.tShift[line] = saved.tShift;
  state.sCount[line] = saved.sCount;
  // kramdown's `transparent` first paragraph, unless a blank line comes before the `:`.
  const first = state.tokens[opened];
  const firstClose = state.tokens[opened + 2];
  if (first?.type === 'paragraph_open' && firstClose?.type === 'paragraph_close' && !(line > 0 && state.isEmpty(line - 1))) {
    first.hidden = true;
    firstClose.hidden = true;
  }
  state.push('dd_close', 'dd', -1);
  lines[1] = state.line;
  return state.line;
}

function definitionList(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  // Validation mode, as markdown-it-deflist's: a definition at a shallower indent ends a definition's paragraph.
  if (silent) return definitionIndents.has(state) && definitionMarker(state, startLine) >= 0 && (state.sCount[startLine] ?? 0) < state.blkIndent;
  let terms = termsAt(state, startLine, endLine, definitionList);
  if (terms === undefined) return false;
  const listOpen = state.push('dl_open', 'dl', 1);
  const listLines: [number, number] = [startLine, 0];
  listOpen.map = listLines;
  let line = startLine;
  while (terms !== undefined) {
    for (let term = line; term < terms.end; term++) {
      state.push('dt_open', 'dt', 1).map = [term, term + 1];
      const inline = state.push('inline', '', 0);
      inline.map = [term, term + 1];
      inline.content = state.getLines(term, term + 1, state.blkIndent, false).trim();
      inline.children = [];
      state.push('dt_close', 'dt', -1);
    }
    line = terms.definition;
    do line = definition(state, line, endLine);
    while (line < endLine && (state.sCount[line] ?? 0) >= state.blkIndent && definitionMarker(state, line) >= 0);
    terms = line < endLine ? termsAt(state, line, endLine, definitionList) : undefined;
  }
  state.push('dl_close', 'dl', -1);
  listLines[1] = line;
  state.line = line;
  return true;
}

export function definitionListsPlugin(md: Markdown): void {
  md.block.ruler.before('paragraph', 'kramdown_definition_list', definitionList, { alt: ['paragraph', 'reference', 'blockquote'] });
}
