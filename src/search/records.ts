/**
 * What search knows of a story (issue #6): one Pagefind record with its URL, the text readers see, in the site's
 * language; what a result shows of it (issue #15, src/search/result-fields.ts); and a sort key so results can come
 * newest first. Pure; src/search/pagefind.ts hands the records to Pagefind.
 */
import { decodeHTML } from 'entities';
import type { Post } from '../content/schema.ts';
import { href } from '../urls/permalinks.ts';
import type { Site } from '../site.ts';
import { type ImageLookup, type ResultDetails, resultDetails, type SearchMeta, searchMeta, wellFormed } from './result-fields.ts';

export { type ImageLookup, wellFormed } from './result-fields.ts';

/** Pagefind's custom record (its `CustomRecord`), as Broadsheet fills it. */
export interface SearchRecord {
  /** Prefix-free and percent-encoded (`/2025/10/09/slug/`): the search script's `baseUrl` adds the path prefix. */
  readonly url: string;
  readonly content: string;
  /** ISO 639-1: Pagefind keeps one index per language and stems words by it. */
  readonly language: string;
  /** Headline and dek, which Pagefind searches too (src/search/result-fields.ts). */
  readonly meta: SearchMeta;
  /** The rest of what a result shows, where Pagefind keeps it without searching it (src/search/result-fields.ts). */
  readonly filters: ResultDetails;
  /** `date`: the publication instant in UTC ISO 8601, which sorts as text in time order ("Newest first"). */
  readonly sort: { readonly date: string };
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

export function searchRecord(post: Post, bodyHtml: string, site: Site, images?: ImageLookup): SearchRecord {
  const url = href({ url: site.url, pathPrefix: '/' }, post.url);
  // The title and the author's name are searched too (readers look for both), ahead of the text.
  // Well-formed: a lone surrogate (half an emoji written as an escape in YAML) would make Pagefind refuse the record.
  const title = wellFormed(post.title);
  const byline = post.author === undefined ? '' : ` By ${wellFormed(post.author.name)}.`;
  return {
    url,
    content: `${title}.${byline} ${wellFormed(textOf(bodyHtml))}`,
    language: searchLanguage(site),
    meta: searchMeta(post),
    filters: resultDetails(post, site, images),
    sort: { date: post.date.toISOString() },
  };
}
