/**
 * Jekyll's filters that liquidjs does not have (issue #12): `relative_url`, `absolute_url`, `markdownify` and
 * `smartify`; and those liquidjs has but spells otherwise than Jekyll on Ruby (`slugify`'s modes, `xml_escape`,
 * `cgi_escape`, `normalize_whitespace`, `group_by`'s sizes, integer `divided_by`), each checked against Jekyll's own
 * output in tests/integration/jekyll-bodies.test.ts. liquidjs's own are used for the rest (`where_exp`, `jsonify`, …).
 */
import MarkdownIt from 'markdown-it';
import type { Markdown } from '../markdown/create-markdown.ts';
import { typographyPlugin } from '../markdown/typography.ts';

const absolute = /^[a-z][a-z0-9+.-]*:/i;

/** Non-ASCII and spaces percent-encoded, existing escapes kept (Addressable's `normalize` for paths). */
function normalizePath(url: string): string {
  return url.replace(/[^\x21-\x7e]+/gu, (run) => encodeURIComponent(run)).replace(/%(?![0-9a-f]{2})/gi, '%25');
}

const leadingSlash = (part: string): string => (part === '' || part.startsWith('/') ? part : `/${part}`);

/** A page, or anything with a `url`, stands for its URL, as in Jekyll. */
function urlOf(input: unknown): string | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input === 'object' && 'url' in input) return String((input as { url: unknown }).url);
  return String(input);
}

/** Jekyll's `relative_url`: the base URL and the path, joined with one slash; absolute URLs as they are. */
export function relativeUrl(baseUrl: string, input: unknown): string | undefined {
  const url = urlOf(input);
  if (url === undefined) return undefined;
  if (absolute.test(url)) return url;
  return normalizePath(`${leadingSlash(baseUrl.replace(/\/$/, ''))}${leadingSlash(url)}`);
}

/** Jekyll's `absolute_url`: the site's URL before `relative_url`'s result. */
export function absoluteUrl(siteUrl: string, baseUrl: string, input: unknown): string | undefined {
  const url = urlOf(input);
  if (url === undefined) return undefined;
  if (absolute.test(url)) return url;
  return `${siteUrl}${relativeUrl(baseUrl, url) ?? ''}`;
}

/**
 * Jekyll's `smartify` (kramdown's SmartyPants): straight quotes and kramdown's typographic symbols (`--`, `---`,
 * `...`, `<<`, `>>`) made typographic as in story bodies (src/markdown/typography.ts), and nothing else: markdown is
 * not rendered, HTML is kept.
 */
const smartypants = new MarkdownIt('zero', { html: true, typographer: true }).enable(['replacements', 'smartquotes', 'entity', 'html_inline']).use(typographyPlugin);

export function smartify(input: unknown): string {
  return smartypants.renderInline(input === null || input === undefined ? '' : String(input));
}

export function markdownify(md: Markdown, input: unknown): string {
  return md.render(input === null || input === undefined ? '' : String(input));
}

/** Ruby's CGI.escapeHTML, which Liquid's `escape` is: quotes as `&quot;` and `&#39;`. */
export function escapeHtml(input: unknown): string {
  return String(input ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Jekyll's `xml_escape` (Ruby's `encode(xml: :attr)` without the quotes around it). */
export function xmlEscape(input: unknown): string {
  return String(input ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Ruby's CGI.escape (`cgi_escape`, Liquid's `url_encode`): all but `a-zA-Z0-9_.-~` percent-encoded, spaces as `+`. */
export function cgiEscape(input: unknown): string {
  return encodeURIComponent(String(input ?? '')).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).replace(/%20/g, '+');
}

/** Jekyll's `normalize_whitespace`: every run of white space one space, and none at the ends. */
export function normalizeWhitespace(input: unknown): string {
  return String(input ?? '').replace(/\s+/g, ' ').trim();
}

const slugSeparators: Readonly<Record<string, RegExp>> = {
  raw: /\s+/gu,
  default: /[^\p{M}\p{L}\p{Nd}]+/gu,
  pretty: /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu,
  ascii: /[^A-Za-z0-9]+/g,
  latin: /[^\p{M}\p{L}\p{Nd}]+/gu,
};

/** The few Latin letters I18n.transliterate spells out rather than strips; other non-ASCII letters become `?`. */
const latinLetters: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', œ: 'oe', Œ: 'OE', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D' };

function transliterate(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\x00-\x7f]/g, (c) => latinLetters[c] ?? '?');
}

/**
 * Jekyll's `slugify` filter (Utils.slugify) with all its modes: `raw`, `default`, `pretty`, `ascii`, `latin`; any
 * other mode (`none`) only lower-cases. Not capped in length: this is text in a page, not a file name.
 */
export function slugifyFilter(input: unknown, mode: unknown = 'default', cased: unknown = false): string | undefined {
  if (input === null || input === undefined) return undefined;
  const text = String(input);
  const name = typeof mode === 'string' ? mode : 'default';
  const separator = slugSeparators[name];
  if (separator === undefined) return cased === true ? text : text.toLowerCase();
  const slug = (name === 'latin' ? transliterate(text) : text).replace(separator, '-').replace(/^-|-$/g, '');
  return cased === true ? slug : slug.toLowerCase();
}

/** Jekyll's `group_by` and `group_by_exp` groups have a `size` too, and a group's name is text (`nil` is ""). */
export function withSizes(groups: ReadonlyArray<{ name: unknown; items: unknown[] }>): Array<{ name: string; items: unknown[]; size: number }> {
  return groups.map((group) => ({ name: group.name === null || group.name === undefined ? '' : String(group.name), items: group.items, size: group.items.length }));
}

/** Ruby Liquid's `divided_by`: integer division when both numbers are whole, as `number_of_words | divided_by: 200` expects. */
export function dividedBy(dividend: unknown, divisor: unknown): number {
  const a = Number(dividend);
  const b = Number(divisor);
  return Number.isInteger(a) && Number.isInteger(b) ? Math.floor(a / b) : a / b;
}
