/**
 * Excerpts as Jekyll makes them: the front-matter `excerpt`, else the body up to the first `excerpt_separator`
 * (by default a blank line, so the first paragraph). Both a plain-text form (meta descriptions, feeds) and an HTML
 * form (listings) are kept.
 */
import { plainText, type Markdown } from '../markdown/create-markdown.ts';
import type { Excerpt } from './schema.ts';

export function readExcerpt(md: Markdown, options: { frontMatter?: string | undefined; body: string; separator: string }): Excerpt {
  if (options.frontMatter !== undefined && options.frontMatter !== '') {
    return { text: plainText(md, options.frontMatter), html: `<p>${md.renderInline(options.frontMatter)}</p>` };
  }
  // CRLF files (Windows editors) must still end the excerpt at the first blank line.
  const body = options.body.replace(/\r\n?/g, '\n').replace(/^\s+/, '');
  const cut = options.separator === '' ? -1 : body.indexOf(options.separator);
  const source = (cut === -1 ? body : body.slice(0, cut)).trim();
  return { text: plainText(md, source), html: source === '' ? '' : md.render(source).trim() };
}
