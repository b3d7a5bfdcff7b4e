/**
 * The one markdown-it configuration, shared by the build, the excerpt reader and the tests, so what a test renders
 * is what readers get. Post bodies are markdown only: Liquid is never run over them by accident (issue #2).
 */
import MarkdownIt from 'markdown-it';

export type Markdown = InstanceType<typeof MarkdownIt>;

export function createMarkdown(): Markdown {
  return new MarkdownIt({
    // Authors are trusted newsroom staff and Jekyll posts routinely embed HTML (figures, embeds).
    html: true,
    linkify: true,
    typographer: true,
  });
}

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
