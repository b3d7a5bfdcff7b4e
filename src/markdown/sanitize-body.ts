/**
 * Story bodies for sites whose authors are not trusted (issue #10, `bodies.sanitize`). By default a body's raw HTML
 * is published as written, as Jekyll does; with `sanitize: true` a body keeps ordinary article markup (what
 * markdown-it writes, and the figures, tables, footnotes and embeds an article is made of) and loses everything that
 * runs or restyles: scripts, event handlers, `style`, forms, objects, unsafe URLs (`javascript:`, `data:` anywhere)
 * and iframes from any host but `embedHosts`, over https. Run before the image pipeline, which adds its own
 * `<picture>` markup to what is left. Pure.
 */
import type sanitizeHtml from 'sanitize-html';
import { lazyRequire } from '../lazy-require.ts';

const sanitizer = lazyRequire<typeof sanitizeHtml>('sanitize-html');
import type { BodySettings } from '../site.ts';
import { safeLinkSchemes } from '../urls/safe-url.ts';
import { keepSafeUrl, rawTextTags } from './sanitize-excerpt.ts';

const headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** The tags a sanitised body keeps (iframes besides, when there are embed hosts). */
export const bodyTags: readonly string[] = [
  ...headings, 'p', 'br', 'hr', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'figure', 'figcaption',
  'img', 'picture', 'source', 'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'pre', 'code', 'kbd', 'samp', 'var', 'a', 'em', 'strong', 'i', 'b', 's', 'u', 'sup', 'sub', 'small', 'abbr', 'mark',
  'del', 'ins', 'q', 'cite', 'details', 'summary', 'section', 'div', 'span',
];

const tableCell = ['colspan', 'rowspan', 'scope', 'style'];

/** Per tag; `id` where headings and footnotes are linked to. Nothing starting `on`, no `style` but alignment. */
const bodyAttributes: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(headings.map((tag) => [tag, ['id']])),
  a: ['href', 'title', 'rel', 'id'],
  img: ['src', 'alt', 'width', 'height', 'title'],
  source: ['srcset', 'type', 'media', 'sizes', 'width', 'height'],
  iframe: ['src', 'width', 'height', 'title', 'allow', 'allowfullscreen', 'loading', 'referrerpolicy'],
  code: ['data-lang'],
  ol: ['start', 'reversed', 'type'],
  li: ['id', 'value'],
  sup: ['id'],
  th: tableCell,
  td: tableCell,
  abbr: ['title'],
  details: ['open'],
};

/**
 * Classes markdown-it writes: `language-*` on fenced code, and those of its footnote plugin's markup; and those of
 * highlighted code (./highlight.ts): kramdown's and Jekyll's blocks around it, highlight.js's token spans
 * (`hljs-title function_`, `language-xml` around embedded code).
 */
const bodyClasses: Readonly<Record<string, ReadonlyArray<string | RegExp>>> = {
  code: ['language-*'],
  pre: ['language-*', 'highlight', 'lineno'],
  div: ['language-*', 'highlighter-rouge', 'highlight'],
  figure: ['highlight'],
  table: ['rouge-table'],
  td: ['gutter', 'gl', 'code'],
  span: ['hljs-*', 'language-*', /^[a-z]+_+$/],
  sup: ['footnote-ref'],
  hr: ['footnotes-sep'],
  section: ['footnotes'],
  ol: ['footnotes-list'],
  li: ['footnote-item'],
  a: ['footnote-backref'],
};

/** markdown-it aligns table columns with `style="text-align: …"`; no other declaration survives. */
const alignment = { 'text-align': [/^(left|right|center)$/] };

function bodyOptions(settings: BodySettings): sanitizeHtml.IOptions {
  const embeds = settings.embedHosts.length > 0;
  return {
    allowedTags: [...bodyTags, ...(embeds ? ['iframe'] : [])],
    allowedAttributes: Object.fromEntries(Object.entries(bodyAttributes).map(([tag, names]) => [tag, [...names]])),
    allowedClasses: Object.fromEntries(Object.entries(bodyClasses).map(([tag, names]) => [tag, [...names]])),
    allowedStyles: { th: alignment, td: alignment },
    allowedSchemes: [...safeLinkSchemes],
    // `data:` nowhere: an image or frame from a data URL is a document the site never reviewed.
    allowedSchemesByTag: { img: ['http', 'https'], source: ['http', 'https'], iframe: ['https'] },
    allowProtocolRelative: false,
    allowedIframeHostnames: [...settings.embedHosts],
    allowIframeRelativeUrls: false,
    disallowedTagsMode: 'discard',
    // sanitize-html writes `<source></source>` unless told `source` is void, as the HTML standard says it is.
    selfClosing: [...sanitizer().defaults.selfClosing, 'source'],
    nonTextTags: [...rawTextTags],
    transformTags: { a: keepSafeUrl('href'), img: keepSafeUrl('src'), iframe: keepSafeUrl('src') },
    // An image or frame whose source was refused is dropped whole, rather than left as an empty box.
    exclusiveFilter: (frame) => (frame.tag === 'img' || frame.tag === 'iframe') && frame.attribs['src'] === undefined,
  };
}

const optionsFor = new WeakMap<BodySettings, sanitizeHtml.IOptions>();

/** A story body's HTML as the site's `bodies` settings allow it: as written, or sanitised. */
export function sanitizeBody(html: string, settings: BodySettings): string {
  if (!settings.sanitize) return html;
  let options = optionsFor.get(settings);
  if (options === undefined) optionsFor.set(settings, (options = bodyOptions(settings)));
  return sanitizer()(html, options);
}

/** The line a build prints about it, so nobody has to guess which mode a site is in. */
export function describeBodies(settings: BodySettings): string {
  if (!settings.sanitize) return 'story bodies: raw HTML allowed (authors trusted; set bodies.sanitize to sanitise)';
  const embeds = settings.embedHosts.length === 0 ? 'no iframes' : `iframes only from ${settings.embedHosts.join(', ')}`;
  return `story bodies: sanitised (article markup kept; scripts, event handlers, styles and forms removed; ${embeds})`;
}
