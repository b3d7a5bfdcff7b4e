/**
 * The one markdown-it configuration, shared by the build, the excerpt reader and the tests, so what a test renders
 * is what readers get. Post bodies are markdown only: Liquid is never run over them by accident (issue #2).
 */
import MarkdownIt from 'markdown-it';
import { codeBlock } from './highlight.ts';
import { kramdownSyntax } from './kramdown.ts';

export type Markdown = InstanceType<typeof MarkdownIt>;

export interface MarkdownOptions {
  /**
   * The folder the site is served under (`/news/` for a GitHub project site). Site-absolute links and images
   * written in stories (`/2025/10/09/story/`, `/assets/images/<md5>.jpg`) get it, so they keep working there; links
   * that already start with it (Jekyll posts write `{{ site.baseurl }}/…`) are left as they are.
   */
  readonly pathPrefix?: string;
}

export function createMarkdown(options: MarkdownOptions = {}): Markdown {
  const md = new MarkdownIt({
    // Authors are trusted newsroom staff and Jekyll posts routinely embed HTML (figures, embeds).
    html: true,
    linkify: true,
    typographer: true,
  });
  // Jekyll posts are written in kramdown: footnotes, definition lists, abbreviations, attribute lists, header IDs.
  md.use(kramdownSyntax);
  highlightedCode(md);
  const prefix = options.pathPrefix ?? '/';
  if (prefix !== '/') {
    md.core.ruler.push('path_prefix', (state) => {
      const visit = (tokens: readonly Token[]): void => {
        for (const token of tokens) {
          const attribute = token.type === 'link_open' ? 'href' : token.type === 'image' ? 'src' : undefined;
          const value = attribute === undefined ? null : token.attrGet(attribute);
          // A link that already carries the prefix (`{{ site.baseurl }}/x`, `{% post_url %}`, `relative_url`) keeps it.
          if (attribute !== undefined && typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith(prefix)) {
            token.attrSet(attribute, `${prefix}${value.slice(1)}`);
          }
          if (token.children) visit(token.children);
        }
      };
      visit(state.tokens);
    });
  }
  // After path_prefix: the caption is parsed with the whole core chain (prefix included) and must not be visited again.
  md.core.ruler.push('figure_captions', figureCaptions);
  return md;
}

/**
 * Fences and indented code highlighted at build time, in kramdown's markup (./highlight.ts). A fence's language is
 * the first word of its info string, as markdown-it reads it; its attributes, from an attribute list on the line
 * after the block (`{: .wide}`) or on the fence's info string (`` ```ruby {: .wide} ``), set by ./kramdown-attributes.ts
 * on the token, go where kramdown puts them. Readers of code's text (`plainText`, excerpts) read the tokens, not this
 * HTML.
 */
function highlightedCode(md: Markdown): void {
  md.renderer.rules.fence = (tokens, idx) => {
    const token = tokens[idx];
    if (token === undefined) return '';
    const language = md.utils.unescapeAll(token.info).trim().split(/\s+/)[0];
    return `${codeBlock(token.content, language, { attributes: token.attrs ?? [] })}\n`;
  };
  md.renderer.rules.code_block = (tokens, idx) => {
    const token = tokens[idx];
    return token === undefined ? '' : `${codeBlock(token.content, undefined, { attributes: token.attrs ?? [] })}\n`;
  };
}

type CoreRule = Parameters<Markdown['core']['ruler']['push']>[1];

/**
 * A paragraph holding nothing but an image with a title, `![alt](src "Caption")`, becomes
 * `<figure><img src alt><figcaption>Caption</figcaption></figure>` (issue #6). The title is the caption, rendered
 * as inline markdown like the rest of the story (raw HTML shown as text), and is taken off the `<img>` so assistive
 * technology does not read it twice. The `<img>` keeps its `src`: the image pipeline turns it into a `<picture>`
 * later. Paragraphs of tight lists (hidden) and images with other text beside them stay as they are.
 */
const figureCaptions: CoreRule = (state) => {
  const { tokens } = state;
  for (let i = tokens.length - 3; i >= 0; i--) {
    const [open, inline, close] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (open?.type !== 'paragraph_open' || open.hidden || inline?.type !== 'inline' || close?.type !== 'paragraph_close') continue;
    const image = inline.children?.length === 1 ? inline.children[0] : undefined;
    const caption = image?.type === 'image' ? String(image.attrGet('title') ?? '').trim() : '';
    if (image === undefined || caption === '') continue;
    image.attrs = (image.attrs ?? []).filter(([name]) => name !== 'title');
    open.type = 'figure_open';
    open.tag = 'figure';
    close.type = 'figure_close';
    close.tag = 'figure';
    const captionOpen = new state.Token('figcaption_open', 'figcaption', 1);
    captionOpen.block = true;
    const text = state.md.parseInline(caption, state.env)[0];
    const captionInline = new state.Token('inline', '', 0);
    captionInline.content = caption;
    // Raw HTML is the body's business: in a caption, which was an attribute, a stray tag is shown, never opened.
    captionInline.children = (text?.children ?? []).map((child) => (child.type === 'html_inline' ? Object.assign(child, { type: 'text' }) : child));
    // Not a block token: no line break between `</figcaption>` and `</figure>`.
    const captionClose = new state.Token('figcaption_close', 'figcaption', -1);
    tokens.splice(i + 2, 0, captionOpen, captionInline, captionClose);
  }
};

type Token = ReturnType<Markdown['parse']>[number];

function inlineText(tokens: readonly Token[]): string {
  let out = '';
  for (const token of tokens) {
    if (token.type === 'text' || token.type === 'code_inline') out += token.content;
    else if (token.type === 'softbreak' || token.type === 'hardbreak') out += ' ';
    else if (token.type === 'image') out += inlineText(token.children ?? []);
  }
  return out;
}

/** The reader-visible text of markdown, without markup, with blocks separated by spaces. */
export function plainText(md: Markdown, source: string): string {
  const parts: string[] = [];
  for (const token of md.parse(source, {})) {
    if (token.type === 'inline') parts.push(inlineText(token.children ?? []));
    else if (token.type === 'code_block' || token.type === 'fence') parts.push(token.content);
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

export interface RenderedBody {
  readonly html: string;
  /** `src` of every markdown image written without alt text (`![](…)`). */
  readonly imagesWithoutAlt: readonly string[];
}

/** Renders a story body from one parse, noting images that readers of a screen reader would miss. */
export function renderBody(md: Markdown, source: string): RenderedBody {
  const tokens = md.parse(source, {});
  const imagesWithoutAlt: string[] = [];
  const visit = (list: readonly Token[]): void => {
    for (const token of list) {
      if (token.type === 'image' && inlineText(token.children ?? []).trim() === '') imagesWithoutAlt.push(String(token.attrGet('src') ?? ''));
      if (token.children) visit(token.children);
    }
  };
  visit(tokens);
  return { html: md.renderer.render(tokens, md.options, {}), imagesWithoutAlt };
}
