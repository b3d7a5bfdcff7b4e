/**
 * kramdown's syntax, which Jekyll posts are written in (issue #12), on markdown-it: footnotes, definition lists,
 * abbreviations, attribute lists (`{: .class #id}` after a block or a span), `{#id}` on headings, `{::comment}` and
 * `{::options}` blocks, and header IDs made as Jekyll's kramdown (its GFM parser) makes them, so existing
 * `#deep-links` keep working. The HTML is kramdown's where readers or links can tell (footnote IDs `fn:1` and
 * `fnref:1`, their roles and classes); the expected output in tests/unit/kramdown.test.ts is Jekyll 4.3.1's.
 */
import abbr from 'markdown-it-abbr';
import anchor from 'markdown-it-anchor';
import attrs from 'markdown-it-attrs';
import deflist from 'markdown-it-deflist';
import footnote from 'markdown-it-footnote';
import type { Markdown } from './create-markdown.ts';

type Token = ReturnType<Markdown['parse']>[number];
type RenderRule = NonNullable<Markdown['renderer']['rules']['text']>;

/**
 * kramdown-parser-gfm's `generate_gfm_header_id`: lower case, everything but letters, marks, digits, connector
 * punctuation, hyphens and spaces removed, spaces and tabs to hyphens (`Rare Earths & Export` → `rare-earths--export`).
 * Repeats get `-1`, `-2` (markdown-it-anchor's unique slugs, as kramdown counts them).
 */
export function kramdownHeaderId(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- \t]/gu, '').replace(/[ \t]/g, '-');
}

/** `## Title {#id}`: kramdown's explicit header ID, taken off the heading's text. */
function explicitHeaderIds(md: Markdown): void {
  md.core.ruler.push('kramdown_header_id', (state) => {
    state.tokens.forEach((token, i) => {
      if (token.type !== 'heading_open') return;
      const inline = state.tokens[i + 1];
      const last = inline?.children?.at(-1);
      const match = last?.type === 'text' ? /\s*\{#([^\s}]+)\}\s*$/.exec(last.content) : null;
      if (inline === undefined || last === undefined || match === null) return;
      token.attrSet('id', match[1] ?? '');
      last.content = last.content.slice(0, match.index);
      inline.content = inline.content.replace(/\s*\{#[^\s}]+\}\s*$/, '');
    });
  });
}

/** `{::comment}…{:/comment}` becomes an HTML comment, as kramdown writes it; `{::options … /}` is consumed. */
function extensions(md: Markdown): void {
  md.block.ruler.before('paragraph', 'kramdown_extension', (state, startLine, endLine, silent) => {
    const lineText = (line: number): string => state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
    const first = lineText(startLine);
    if (/^\{::options\b[^}]*\/\}\s*$/.test(first)) {
      if (!silent) state.line = startLine + 1;
      return true;
    }
    if (!/^\{::comment\}/.test(first)) return false;
    let line = startLine;
    while (line < endLine && !/\{:\/(comment)?\}\s*$/.test(lineText(line))) line++;
    if (silent) return true;
    const body = state.getLines(startLine, Math.min(line + 1, endLine), 0, false);
    const text = body.replace(/^\{::comment\}\n?/, '').replace(/\n?\{:\/(comment)?\}\s*$/, '').trim();
    const token = state.push('html_block', '', 0);
    token.content = `<!-- ${text.replace(/--/g, '- -')} -->\n`;
    state.line = Math.min(line + 1, endLine);
    return true;
  });
}

/** kramdown's footnote markup: `fn:label`/`fnref:label` IDs, doc-noteref/doc-endnote roles, `&#8617;` back links. */
function kramdownFootnotes(md: Markdown): void {
  const rules = md.renderer.rules;
  const label = (token: Token | undefined): string => {
    const meta = (token?.meta ?? {}) as { id?: number; label?: string };
    return meta.label ?? String((meta.id ?? 0) + 1);
  };
  const subId = (token: Token | undefined): string => {
    const sub = ((token?.meta ?? {}) as { subId?: number }).subId ?? 0;
    return sub > 0 ? `:${sub}` : '';
  };
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
  rules['footnote_anchor'] = (tokens, idx) => ` <a href="#fnref:${escape(label(tokens[idx]))}${subId(tokens[idx])}" class="reversefootnote" role="doc-backlink">&#8617;</a>`;
}

/**
 * `<div markdown="1">…</div>` (one block): kramdown reads the element's content as markdown. A content of several
 * blocks (blank lines inside) is left as HTML.
 */
function markdownInHtml(md: Markdown): void {
  md.core.ruler.push('kramdown_markdown_attribute', (state) => {
    for (const token of state.tokens) {
      if (token.type !== 'html_block') continue;
      const match = /^<([a-z][a-z0-9]*)([^>]*?)\smarkdown=(["']?)1\3([^>]*)>\n?([\s\S]*?)<\/\1>\s*$/i.exec(token.content);
      if (match === null) continue;
      const [, tag = 'div', before = '', , after = '', inner = ''] = match;
      // Its own environment (link references shared): the post's footnotes are listed once, at its end.
      const env: Record<string, unknown> = { references: (state.env as Record<string, unknown>)['references'] };
      token.content = `<${tag}${before}${after}>\n${md.render(inner, env)}</${tag}>\n`;
    }
  });
}

/** `* TOC` with `{:toc}` under it: kramdown's table of contents of the headings, `ul#markdown-toc`. */
function tableOfContents(md: Markdown): void {
  md.core.ruler.push('kramdown_toc', (state) => {
    const tokens = state.tokens;
    const start = tokens.findIndex((token) => token.type === 'bullet_list_open' && token.attrGet('toc') !== null);
    if (start === -1) return;
    const end = tokens.findIndex((token, i) => i > start && token.type === 'bullet_list_close' && token.level === tokens[start]?.level);
    const items = tokens
      .filter((token, i) => token.type === 'heading_open' && (i < start || i > end) && token.attrGet('id') !== null)
      .map((token) => {
        const id = String(token.attrGet('id') ?? '');
        const text = tokens[tokens.indexOf(token) + 1]?.content ?? '';
        return `<li><a href="#${md.utils.escapeHtml(id)}" id="markdown-toc-${md.utils.escapeHtml(id)}">${md.renderInline(text)}</a></li>`;
      });
    const html = new state.Token('html_block', '', 0);
    html.content = `<ul id="markdown-toc">\n${items.join('\n')}\n</ul>\n`;
    tokens.splice(start, end - start + 1, html);
  });
}

export function kramdownSyntax(md: Markdown): void {
  md.use(footnote).use(deflist).use(abbr);
  kramdownFootnotes(md);
  // Only kramdown's `{: …}` form: a plain `{x}` in prose is text.
  // `toc` marks kramdown's `{:toc}` list, replaced below by the table of contents.
  md.use(attrs, { leftDelimiter: '{:', rightDelimiter: '}', allowedAttributes: ['id', 'class', 'title', 'lang', 'dir', 'toc', /^data-/] });
  extensions(md);
  explicitHeaderIds(md);
  md.use(anchor, { slugify: kramdownHeaderId, tabIndex: false, uniqueSlugStartIndex: 1 });
  tableOfContents(md);
  markdownInHtml(md);
}
