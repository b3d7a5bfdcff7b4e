/**
 * What search knows of a story (issue #6): one Pagefind record with its URL, title and the text readers see, in
 * the site's language. Pure; src/search/pagefind.ts hands the records to Pagefind.
 */
import { decodeHTML } from 'entities';
import type { Post } from '../content/schema.ts';
import { href } from '../urls/permalinks.ts';
import type { Site } from '../site.ts';

/** Pagefind's custom record (its `CustomRecord`), as Broadsheet fills it. */
export interface SearchRecord {
  /** Prefix-free and percent-encoded (`/2025/10/09/slug/`): the search UI adds the path prefix. */
  readonly url: string;
  readonly content: string;
  /** ISO 639-1: Pagefind keeps one index per language and stems words by it. */
  readonly language: string;
  readonly meta: { readonly title: string };
}

/** Elements whose text readers never see. */
const hidden = /<(script|style|template|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

/** Elements that end a run of text: their tags separate words. Any other tag (`<sub>`, `<strong>`, `<a>`) does not. */
const blockTags = /<\/?(?:address|article|aside|blockquote|br|caption|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|img|li|main|nav|ol|p|picture|pre|section|source|summary|table|tbody|td|tfoot|th|thead|tr|ul)\b[^>]*>/gi;

/**
 * The text of a story body's HTML, as readers see it: block boundaries become spaces and other tags vanish
 * (`CO<sub>2</sub>` is "CO2"), entities decoded, whitespace folded. The HTML is the body markdown-it rendered, so
 * tags are well formed; this is for search, never for output.
 */
export function textOf(html: string): string {
  const text = html.replace(hidden, ' ').replace(/<!--[\s\S]*?-->/g, ' ').replace(blockTags, ' ').replace(/<[^>]*>/g, '');
  return decodeHTML(text).replace(/\s+/g, ' ').trim();
}

/** The language Pagefind indexes a site under: the primary subtag of its `language` (`en-GB` → `en`). */
export function searchLanguage(site: Pick<Site, 'language'>): string {
  return site.language.split('-')[0]?.toLowerCase() || 'en';
}

/** Lone surrogates replaced by U+FFFD (String.prototype.toWellFormed, which TypeScript's ES2022 library lacks). */
export function wellFormed(text: string): string {
  return text.replace(/\p{Cs}/gu, '\uFFFD');
}

export function searchRecord(post: Post, bodyHtml: string, site: Site): SearchRecord {
  const url = href({ url: site.url, pathPrefix: '/' }, post.url);
  // The title and the author's name are searched too (readers look for both), ahead of the text.
  // Well-formed: a lone surrogate (half an emoji written as an escape in YAML) would make Pagefind refuse the record.
  const title = wellFormed(post.title);
  const byline = post.author === undefined ? '' : ` By ${wellFormed(post.author.name)}.`;
  return { url, content: `${title}.${byline} ${wellFormed(textOf(bodyHtml))}`, language: searchLanguage(site), meta: { title } };
}
