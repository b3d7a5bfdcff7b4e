/**
 * Excerpts as Jekyll makes them: the front-matter `excerpt`, else the body up to the first `excerpt_separator`
 * (by default a blank line, so the first paragraph). Both a plain-text form (meta descriptions, feeds) and an HTML
 * form (listings, the standfirst) are kept.
 *
 * The HTML is text with emphasis, links and inline code only (issue #10): one `<p>` per block of the source, made
 * here, holding what `sanitizeExcerptHtml` leaves of that block. Raw HTML in the source becomes its text, so nothing
 * a body may hold for its own page reaches every listing through its excerpt. The plain text is read from that HTML,
 * so the two always say the same (a script's code is in neither).
 */
import { decodeHTML } from 'entities';
import type { Markdown } from '../markdown/create-markdown.ts';
import { sanitizeExcerptHtml } from '../markdown/sanitize-excerpt.ts';
import type { Excerpt } from './schema.ts';

type Token = ReturnType<Markdown['parse']>[number];

/** A block's excerpt HTML, `<p>…</p>`, or '' when nothing of it is left. */
function paragraph(html: string): string {
  const inline = sanitizeExcerptHtml(html).trim();
  return inline === '' ? '' : `<p>${inline}</p>`;
}

/**
 * Images are left out of excerpts: Jekyll's excerpt text is `strip_html` of the rendered excerpt, which drops an
 * `<img>` whole, and alt text in front of a summary reads as part of it (issue #11).
 */
function withoutImages(tokens: readonly Token[]): Token[] {
  return tokens.filter((token) => token.type !== 'image');
}

/** The excerpt HTML of each block of `source` that holds text: paragraphs, headings, list items, raw HTML, code. */
function* blocksOf(md: Markdown, source: string): Generator<string> {
  let inCaption = false;
  for (const token of md.parse(source, {})) {
    // A figure's caption is the image's title: left out with the image.
    if (token.type === 'figcaption_open' || token.type === 'figcaption_close') inCaption = token.type === 'figcaption_open';
    if (inCaption) continue;
    let html: string;
    if (token.type === 'inline') html = paragraph(md.renderer.renderInline(withoutImages(token.children ?? []), md.options, {}));
    else if (token.type === 'html_block') html = paragraph(token.content);
    else if (token.type === 'fence' || token.type === 'code_block') html = paragraph(`<code>${md.utils.escapeHtml(token.content.trim())}</code>`);
    else continue;
    if (html !== '') yield html;
  }
}

/** The text of excerpt HTML. Safe as a regex: sanitize-html escapes every `<` and `>` in text and attributes. */
function textOf(blocks: readonly string[]): string {
  return decodeHTML(blocks.join(' ').replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
}

function fromBlocks(blocks: readonly string[]): Excerpt {
  return { text: textOf(blocks), html: blocks.join('\n') };
}

/** Jekyll's `MKDWN_LINK_REF_REGEX`: a link reference definition, `[ref]: https://…`. */
const linkReference = /^ {0,3}\[[^\]]+\]:.+$/gm;

/** The body as the excerpt reader sees it: CRLF files (Windows editors) still end the excerpt at a blank line. */
function normalizedBody(body: string): string {
  return body.replace(/\r\n?/g, '\n').replace(/^\s+/, '');
}

/**
 * The markdown Jekyll makes a body's excerpt from: the body up to the first `separator`, with the definitions of the
 * reference-style links (`[text][ref]`) it uses, exactly as written there (case counts), taken from the rest of the
 * post (Jekyll's Excerpt#extract_excerpt). Undefined when `separator` is empty: no excerpt, as in Jekyll. Liquid in
 * it is still to run (src/liquid/render-posts.ts runs it before `excerptFromSource`, mending through `whenCut` a
 * head cut off inside a Liquid block).
 */
export function excerptSource(bodyText: string, separator: string, whenCut?: (head: string) => string): string | undefined {
  if (separator === '') return undefined;
  const body = normalizedBody(bodyText);
  const cut = body.indexOf(separator);
  const whole = (cut === -1 ? body : body.slice(0, cut)).trim();
  // Jekyll's sanctify_liquid_tags: only a head the separator cut off is mended.
  const head = cut === -1 || whenCut === undefined ? whole : whenCut(whole);
  const references = cut === -1 ? [] : (body.slice(cut).match(linkReference) ?? []).filter((line) => head.includes(line.trim().slice(0, line.trim().indexOf(']') + 1)));
  return [head, ...references].join('\n\n');
}

/** The excerpt of `excerptSource`'s markdown (after Liquid, when the post runs it). */
export function excerptFromSource(md: Markdown, source: string | undefined): Excerpt {
  return source === undefined ? fromBlocks([]) : fromBlocks([...blocksOf(md, source)]);
}

/** The front-matter `excerpt`: one line of inline markdown (`# x` or `- x` there is text, not a heading or a list). */
export function frontMatterExcerpt(md: Markdown, text: string): Excerpt {
  if (text === '') return fromBlocks([]);
  const html = paragraph(md.renderInline(text));
  return fromBlocks(html === '' ? [] : [html]);
}

export function readExcerpt(md: Markdown, options: { frontMatter?: string | undefined; body: string; separator: string }): Excerpt {
  // `excerpt: ""` and `excerpt_separator: ""` are no excerpt in Jekyll.
  if (options.frontMatter === '' || options.separator === '') return fromBlocks([]);
  if (options.frontMatter !== undefined) return frontMatterExcerpt(md, options.frontMatter);
  return excerptFromSource(md, excerptSource(options.body, options.separator));
}

/**
 * Whether the excerpt is the story's own opening, which a standfirst would make readers read twice: no `excerpt:`
 * in front matter, or one that repeats the body's first words. Compared as excerpt text, read from the body's
 * blocks only until there is as much text as the excerpt has.
 */
export function opensBody(md: Markdown, excerpt: Excerpt, body: string): boolean {
  const blocks: string[] = [];
  let text = '';
  for (const block of blocksOf(md, normalizedBody(body))) {
    blocks.push(block);
    text = textOf(blocks);
    if (text.length >= excerpt.text.length) break;
  }
  return text.startsWith(excerpt.text);
}
