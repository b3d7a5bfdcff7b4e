/**
 * kramdown's syntax, which Jekyll posts are written in (issue #12), on markdown-it: footnotes, definition lists,
 * abbreviations, attribute lists, header IDs and the table of contents, extensions (`{::comment}`,
 * `{::nomarkdown}`, `{::options}`), markdown inside HTML, emphasis and typography, each read as Jekyll 4.3.1's
 * kramdown (its GFM parser) reads it, so existing `#deep-links` keep working. The HTML is kramdown's where readers
 * or links can tell (footnote IDs `fn:1` and `fnref:1`, their roles and classes); the expected output in
 * tests/unit/kramdown.test.ts is Jekyll 4.3.1's.
 */
import abbr from 'markdown-it-abbr';
import footnote from 'markdown-it-footnote';
import type { StateInline } from 'markdown-it';
import type { Markdown } from './create-markdown.ts';
import { attributeListsPlugin } from './kramdown-attributes.ts';
import { definitionListsPlugin } from './kramdown-deflist.ts';
import { extensionsPlugin } from './kramdown-extensions.ts';
import { headerIdsPlugin } from './kramdown-headers.ts';
import { markdownInHtmlPlugin } from './kramdown-html.ts';
import { typographyPlugin } from './typography.ts';

export { kramdownHeaderId } from './kramdown-headers.ts';

type Token = ReturnType<Markdown['parse']>[number];
type RenderRule = NonNullable<Markdown['renderer']['rules']['text']>;

/**
 * kramdown's footnote markup: `fn:label`/`fnref:label` IDs, doc-noteref/doc-endnote roles, `&#8617;` back links
 * after a no-break space; a note referred to again has a back link to each reference, numbered from the second:
 * `↩`, `↩<sup>2</sup>`, ….
 */
function kramdownFootnotes(md: Markdown): void {
  const rules = md.renderer.rules;
  const label = (token: Token | undefined): string => {
    const meta = (token?.meta ?? {}) as { id?: number; label?: string };
    return meta.label ?? String((meta.id ?? 0) + 1);
  };
  const subNumber = (token: Token | undefined): number => ((token?.meta ?? {}) as { subId?: number }).subId ?? 0;
  const subId = (token: Token | undefined): string => (subNumber(token) > 0 ? `:${subNumber(token)}` : '');
  const escape = md.utils.escapeHtml;
  const ref: RenderRule = (tokens, idx) => {
    const token = tokens[idx];
    const name = escape(label(token));
    const number = (((token?.meta ?? {}) as { id?: number }).id ?? 0) + 1;
    return `<sup id="fnref:${name}${subId(token)}" role="doc-noteref"><a href="#fn:${name}" class="footnote" rel="footnote">${number}</a></sup>`;
  };
  rules['footnote_ref'] = ref;
  rules['footnote_block_open'] = () => '<div class="footnotes" role="doc-endnotes">\n<ol>\n';
  rules['footnote_block_close'] = () => '</ol>\n</div>\n';
  rules['footnote_open'] = (tokens, idx) => `<li id="fn:${escape(label(tokens[idx]))}" role="doc-endnote">`;
  rules['footnote_close'] = () => '</li>\n';
  rules['footnote_anchor'] = (tokens, idx) => {
    const token = tokens[idx];
    const count = subNumber(token) > 0 ? `<sup>${subNumber(token) + 1}</sup>` : '';
    // kramdown's `&#160;` before each back link, written as the character (its `entity_output: as_char`).
    return `\u00a0<a href="#fnref:${escape(label(token))}${subId(token)}" class="reversefootnote" role="doc-backlink">&#8617;${count}</a>`;
  };
}

/**
 * kramdown's `_` opens no emphasis after a letter and an optional hyphen (kramdown/parser/kramdown/emphasis.rb,
 * `pre_match =~ /[[:alpha:]]-?[[:alpha:]]*\z/`), so `café-_déjà_-vu` keeps its underscores, where CommonMark's
 * flanking rules would make `déjà` emphasis. Such a run can still close one.
 */
function kramdownUnderscores(state: StateInline, silent: boolean): boolean {
  if (silent || state.src.charCodeAt(state.pos) !== 0x5f /* _ */) return false;
  if (!/\p{Alphabetic}-?$/u.test(state.src.slice(Math.max(0, state.pos - 3), state.pos))) return false;
  const scanned = state.scanDelims(state.pos, false);
  for (let i = 0; i < scanned.length; i++) {
    state.push('text', '', 0).content = '_';
    state.delimiters.push({ marker: 0x5f, length: scanned.length, token: state.tokens.length - 1, end: -1, open: false, close: scanned.can_close });
  }
  state.pos += scanned.length;
  return true;
}

/**
 * The plugin. The order of the core rules matters and is set here: attribute lists are applied right after inline
 * parsing (explicit header IDs just before them), before typography; header IDs are made once everything else has
 * been read, and the table of contents from them.
 */
export function kramdownSyntax(md: Markdown): void {
  md.use(footnote).use(abbr);
  kramdownFootnotes(md);
  md.use(definitionListsPlugin);
  md.use(attributeListsPlugin);
  md.use(extensionsPlugin);
  md.use(markdownInHtmlPlugin);
  md.use(headerIdsPlugin);
  md.use(typographyPlugin);
  md.inline.ruler.before('emphasis', 'kramdown_underscores', kramdownUnderscores);
}
