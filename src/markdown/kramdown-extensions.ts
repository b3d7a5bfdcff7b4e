/**
 * kramdown's extensions (https://kramdown.gettalong.org/syntax.html#extensions), as a block on lines of their own or
 * as a span inside a paragraph, as kramdown reads them:
 *
 * - `{::comment}…{:/comment}` (or `{:/}`) becomes an HTML comment, as kramdown writes it;
 * - `{::nomarkdown}…{:/nomarkdown}` is passed through as raw HTML, unread (with `type="…"` naming other formats
 *   than `html` it is left out, as kramdown's HTML converter leaves it);
 * - `{::options key="value" /}` sets kramdown options for the whole post. Those read after parsing, as kramdown reads
 *   them, are honoured: `auto_ids`, `auto_id_prefix` (./kramdown-headers.ts) and `toc_levels`.
 */
import type { StateBlock, StateInline, Token } from 'markdown-it';
import type { Markdown } from './create-markdown.ts';
import { parseAttributeList } from './kramdown-attribute-list.ts';

export interface DocumentOptions {
  readonly autoIds: boolean;
  readonly autoIdPrefix: string;
  readonly tocLevels: readonly number[];
}

/** kramdown's defaults, as Jekyll leaves them. */
function defaultOptions(): DocumentOptions {
  return { autoIds: true, autoIdPrefix: '', tocLevels: [1, 2, 3, 4, 5, 6] };
}

/** kramdown's `toc_levels`: `2..4`, or levels listed (`2,3`); anything else leaves the option as it was. */
function tocLevels(value: string, current: readonly number[]): readonly number[] {
  const range = /^\s*([1-6])\s*\.\.\s*([1-6])\s*$/.exec(value);
  if (range !== null) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  }
  const levels = value.split(/[\s,]+/).filter((part) => part !== '');
  return levels.length > 0 && levels.every((level) => /^[1-6]$/.test(level)) ? levels.map(Number) : current;
}

function withOption(options: DocumentOptions, name: string, value: string): DocumentOptions {
  if (name === 'auto_ids') return { ...options, autoIds: value.trim() !== 'false' };
  if (name === 'auto_id_prefix') return { ...options, autoIdPrefix: value };
  if (name === 'toc_levels') return { ...options, tocLevels: tocLevels(value, options.tocLevels) };
  return options;
}

/** The post's options: kramdown's defaults, then every `{::options /}` in order, blocks and spans alike. */
export function documentOptions(tokens: readonly Token[]): DocumentOptions {
  let options = defaultOptions();
  const read = (list: readonly Token[]): void => {
    for (const token of list) {
      if (token.type === 'kramdown_options') {
        for (const [name, value] of parseAttributeList(token.info).attributes) options = withOption(options, name, value);
      }
      if (token.children !== null) read(token.children);
    }
  };
  read(tokens);
  return options;
}

type Extension = 'comment' | 'nomarkdown' | 'options';
const isExtension = (name: string | undefined): name is Extension => name === 'comment' || name === 'nomarkdown' || name === 'options';

// kramdown's EXT_START: the name, an attribute list, `/` when it has no body.
const blockStart = /^\{::(comment|nomarkdown|options)((?:\\\}|[^}])*?)(\/)?\}[ \t]*$/;
const spanStart = /^\{::(comment|nomarkdown|options)((?:\\\}|[^}])*?)(\/)?\}/;
const spanStop = (name: Extension): RegExp => new RegExp(`\\{:/(?:${name})?\\}`);

/** An HTML comment of `text`; `--` is spaced so the comment cannot end early. */
function comment(text: string): string {
  return `<!-- ${text.replace(/--/g, '- -')} -->`;
}

/** Whether `{::nomarkdown type="latex"}` is for another format than HTML. */
function forHtml(attributes: string): boolean {
  const type = parseAttributeList(attributes).attributes.find(([name]) => name === 'type')?.[1];
  return type === undefined || /\bhtml\b/.test(type);
}

function lineText(state: StateBlock, line: number): string {
  return state.src.slice((state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0), state.eMarks[line]);
}

function blockExtension(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if ((state.sCount[startLine] ?? 0) - state.blkIndent >= 4) return false;
  const start = blockStart.exec(lineText(state, startLine));
  if (start === null) return false;
  const name = start[1];
  if (!isExtension(name)) return false;
  const attributes = start[2] ?? '';
  // kramdown's EXT_BLOCK_STOP: `{:/name}` or `{:/}` alone on a line.
  const stop = new RegExp(`^\\{:/(?:${name})?\\}[ \\t]*$`);
  let last = startLine;
  if (start[3] === undefined) {
    last = startLine + 1;
    while (last < endLine && !stop.test(lineText(state, last))) last++;
    if (last >= endLine) return false;
  }
  if (silent) return true;
  const body = last > startLine ? state.getLines(startLine + 1, last, state.blkIndent, false) : '';
  if (name === 'options') {
    const token = state.push('kramdown_options', '', 0);
    token.info = attributes;
    token.map = [startLine, last + 1];
  } else if (name === 'comment' || forHtml(attributes)) {
    const token = state.push('html_block', '', 0);
    token.content = name === 'comment' ? `${comment(body.trim())}\n` : body;
    token.map = [startLine, last + 1];
  }
  state.line = last + 1;
  return true;
}

function spanExtension(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x7b) return false;
  const source = state.src.slice(state.pos, state.posMax);
  const start = spanStart.exec(source);
  if (start === null) return false;
  const name = start[1];
  if (!isExtension(name)) return false;
  const attributes = start[2] ?? '';
  let end = start[0].length;
  let body = '';
  if (start[3] === undefined) {
    const stop = spanStop(name).exec(source.slice(end));
    if (stop === null) return false;
    body = source.slice(end, end + stop.index);
    end += stop.index + stop[0].length;
  }
  if (!silent) {
    if (name === 'options') state.push('kramdown_options', '', 0).info = attributes;
    else if (name === 'comment') state.push('html_inline', '', 0).content = comment(body);
    else if (forHtml(attributes)) state.push('html_inline', '', 0).content = body;
  }
  state.pos += end;
  return true;
}

export function extensionsPlugin(md: Markdown): void {
  md.block.ruler.before('table', 'kramdown_extension', blockExtension);
  md.inline.ruler.before('emphasis', 'kramdown_span_extension', spanExtension);
  md.renderer.rules['kramdown_options'] = () => '';
}
