/**
 * kramdown's typography in place of markdown-it's `replacements` rule, which makes symbols kramdown never makes:
 * `(c)` ©, `(tm)` ™, `(r)` ®, `+-` ±, `..` …, `?....` ?.., `!!!!` !!!, `,,` , (Jekyll keeps `c++-` and `excerpt..` as
 * written). kramdown's typographic symbols are only these (kramdown/parser/kramdown/typographic_symbol.rb, its
 * `TYPOGRAPHIC_SYMS`), replaced left to right wherever they stand: `---` —, `--` –, `...` …, `<<` «, `>>` », and
 * `<< ` / ` >>` with their space made a no-break space; `<<` is never the start of an HTML tag.
 *
 * Quotes stay markdown-it's `smartquotes`, which pairs them, with two of kramdown's rules (smart_quotes.rb,
 * `SQ_RULES`), which look only at the characters around each quote: the decade rule first (`the '90s` is ’90s, not
 * an opening quote), and after `smartquotes` kramdown's rules for every quote it left straight for want of a pair
 * (`'tis` ‘tis, `5'10"` 5’10”), so that no straight quote is left in text, as in kramdown. Text only: code, raw
 * HTML, link targets and backslash-escaped characters are left alone.
 */
import type { StateCore, StateInline, Token } from 'markdown-it';
import type { Markdown } from './create-markdown.ts';

const symbols: Readonly<Record<string, string>> = {
  '---': '\u2014',
  '--': '\u2013',
  '...': '\u2026',
  '<< ': '\u00ab\u00a0',
  ' >>': '\u00a0\u00bb',
  '<<': '\u00ab',
  '>>': '\u00bb',
};
// Longest first where two start alike, as kramdown's alternation tries them.
const symbolPattern = /---|--|\.\.\.|<< | >>|<<|>>/g;
// kramdown's decade rule, `(\s?)'(?=\d\ds)`: at the start of a text or after white space.
const decade = /(?<!\S)'(?=\d\ds)/g;

/** `text` with kramdown's typographic symbols and its decade apostrophes. Pure. */
export function kramdownTypography(text: string): string {
  return text.replace(symbolPattern, (symbol) => symbols[symbol] ?? symbol).replace(decade, '\u2019');
}

// kramdown's SQ_PUNCT and SQ_CLOSE, and Ruby's ASCII `\w` and `\s`.
const punctuation = /^[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~](?!\.\.\.)(?![A-Za-z0-9_])/;
const closesAfter = /[^ \\\t\r\n[{(-]/;
const wordChar = /^[A-Za-z0-9_]/;
const space = /^[ \t\r\n\f\v]/;

/**
 * The curly quote kramdown makes of a straight `quote` (kramdown/parser/kramdown/smart_quotes.rb, `SQ_RULES`, in
 * order) between `before` (the character before it in the same run of text, undefined at the start of one: after
 * another element or at the paragraph's start) and `after` (the source after it). Pure.
 */
export function kramdownQuote(before: string | undefined, quote: "'" | '"', after: string): string {
  const [open, close] = quote === "'" ? ['\u2018', '\u2019'] : ['\u201c', '\u201d'];
  if (before === undefined && /^[_*]{1,2}\S/.test(after)) return open;
  if (before === undefined && punctuation.test(after)) return close;
  // `"'Quoted' words"`: both open.
  const other = quote === "'" ? /^["\u201c]$/ : /^['\u2018]$/;
  if ((before === undefined || space.test(before)) && new RegExp(`^${quote === "'" ? '"' : "'"}[A-Za-z0-9_]`).test(after)) return open;
  if (before !== undefined && other.test(before) && wordChar.test(after)) return open;
  if (quote === "'" && (before === undefined || space.test(before)) && /^\d\ds/.test(after)) return close;
  if (before !== undefined && space.test(before) && wordChar.test(after)) return open;
  if (before !== undefined && closesAfter.test(before)) return close;
  if (before === undefined && /^(?:[ \t\r\n\f\v]|s(?![A-Za-z0-9_])|$)/.test(after)) return close;
  return open;
}

/** What kramdown's scanner sees of the source at a token: its text, or the markup it starts with. */
function sourceOf(token: Token | undefined): string {
  if (token === undefined) return '';
  if (token.type === 'text') return token.content;
  if (token.type === 'softbreak' || token.type === 'hardbreak') return '\n';
  if (token.type === 'em_open' || token.type === 'strong_open') return `${token.markup}x`;
  if (token.type === 'html_inline') return token.content;
  return token.type === 'code_inline' ? '`' : token.type === 'image' ? '!' : token.type === 'link_open' ? '[' : '\u0001';
}

/**
 * The quotes markdown-it's `smartquotes` left straight, because it found no pair for them (`'tis`, `5'10"`, an
 * opening quote never closed), made curly by kramdown's rules, which look only at the characters around a quote, so
 * that no straight quote is left in text, as in kramdown. Escaped quotes (`\'`) are other tokens and stay straight.
 */
function unpairedQuotes(children: readonly Token[]): void {
  children.forEach((token, i) => {
    if (token.type !== 'text' || !/['"]/.test(token.content)) return;
    const previous = children[i - 1];
    const lastBefore = previous?.type === 'text' ? previous.content.at(-1) : previous?.type === 'softbreak' || previous?.type === 'hardbreak' ? '\n' : undefined;
    let out = '';
    for (let at = 0; at < token.content.length; at++) {
      const char = token.content[at] ?? '';
      if (char !== "'" && char !== '"') {
        out += char;
        continue;
      }
      const rest = token.content.slice(at + 1);
      out += kramdownQuote(at === 0 ? lastBefore : out.at(-1), char, rest === '' ? sourceOf(children[i + 1]) : rest);
    }
    token.content = out;
  });
}

function replaceInText(children: readonly Token[]): void {
  let insideAutolink = 0;
  for (const token of children) {
    // A linkified URL's text is the URL: `https://example.com/a--b` keeps its hyphens.
    if (token.type === 'link_open' && token.info === 'auto') insideAutolink++;
    else if (token.type === 'link_close' && token.info === 'auto') insideAutolink--;
    else if (token.type === 'text' && insideAutolink === 0) token.content = kramdownTypography(token.content);
  }
}

/** `<<`, not the start of an HTML tag: `<<quote>>` is «quote» in kramdown, whose typographic symbols come first. */
function guillemets(state: StateInline, silent: boolean): boolean {
  if (!state.md.options.typographer || state.src.charCodeAt(state.pos) !== 0x3c || state.src.charCodeAt(state.pos + 1) !== 0x3c) return false;
  if (!silent) state.pending += '<<';
  state.pos += 2;
  return true;
}

/**
 * The plugin: markdown-it's `replacements` off, kramdown's symbols in its place, before `smartquotes` runs, and the
 * quotes `smartquotes` leaves straight made curly after it (before `text_join`, so escaped quotes stay apart).
 */
export function typographyPlugin(md: Markdown): void {
  const eachInline = (state: StateCore, visit: (children: readonly Token[]) => void): void => {
    if (!state.md.options.typographer) return;
    for (const token of state.tokens) {
      if (token.type === 'inline' && token.children !== null) visit(token.children);
    }
  };
  md.disable('replacements');
  md.inline.ruler.before('autolink', 'kramdown_guillemets', guillemets);
  md.core.ruler.after('replacements', 'kramdown_typography', (state) => eachInline(state, replaceInText));
  md.core.ruler.after('smartquotes', 'kramdown_unpaired_quotes', (state) => eachInline(state, unpairedQuotes));
}
